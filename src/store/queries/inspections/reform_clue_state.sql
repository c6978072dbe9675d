-- The state and number of a clue (read only after the caller's visibility check).
SELECT state, number FROM clues WHERE id = ?
