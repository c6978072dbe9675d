SELECT id FROM positions WHERE id = ? AND department_id = ? AND archived_at IS NULL
