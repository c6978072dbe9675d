SELECT id FROM departments WHERE name = ? AND archived_at IS NULL ORDER BY id
