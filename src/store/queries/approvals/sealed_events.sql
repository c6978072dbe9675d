SELECT id, request_id, note_sealed FROM approval_events WHERE note_sealed <> '' ORDER BY id
