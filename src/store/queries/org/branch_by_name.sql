SELECT id FROM branches WHERE name = ? AND archived_at IS NULL ORDER BY id
