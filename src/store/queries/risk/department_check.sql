SELECT id, name FROM departments WHERE id = ? AND archived_at IS NULL
