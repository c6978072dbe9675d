INSERT INTO units (name, code, created_at) VALUES (?, ?, ?) RETURNING id
