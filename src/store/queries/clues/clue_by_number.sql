SELECT id FROM clues WHERE number = ?
