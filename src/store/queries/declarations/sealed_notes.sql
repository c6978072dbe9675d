-- Key rotation: every sealed note.
SELECT id, declaration_id, note_sealed FROM declaration_events WHERE note_sealed <> ''
