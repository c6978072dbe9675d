SELECT id, name FROM people WHERE id = ? AND archived_at IS NULL
