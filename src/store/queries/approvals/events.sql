SELECT id, action, role, actor_name, note_sealed, at FROM approval_events WHERE request_id = ? ORDER BY id
