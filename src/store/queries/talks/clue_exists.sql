SELECT COUNT(*) AS n FROM clues WHERE id = ?
