SELECT id, name FROM departments WHERE code = ? AND archived_at IS NULL ORDER BY id
