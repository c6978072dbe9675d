INSERT INTO declaration_events (declaration_id, action, account_id, actor_name, note_sealed, at)
VALUES (?, ?, ?, ?, ?, ?) RETURNING id
