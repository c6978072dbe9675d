SELECT id, name FROM people WHERE id = ?
