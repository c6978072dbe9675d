INSERT INTO password_history (account_id, password_hash, created_at) VALUES (?, ?, ?) RETURNING id
