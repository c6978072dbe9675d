SELECT id, content_sealed FROM approval_requests WHERE content_sealed <> '' ORDER BY id
