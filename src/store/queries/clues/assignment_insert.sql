INSERT INTO clue_assignments (clue_id, account_id, part, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)
RETURNING id
