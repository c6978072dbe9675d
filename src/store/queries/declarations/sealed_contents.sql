-- Key rotation: every sealed content.
SELECT id, content_sealed FROM declarations WHERE content_sealed <> ''
