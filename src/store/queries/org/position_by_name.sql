SELECT id FROM positions WHERE department_id = ? AND name = ? AND archived_at IS NULL ORDER BY id
