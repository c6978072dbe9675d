INSERT INTO approval_events (request_id, action, role, actor_account_id, actor_name, note_sealed, at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
