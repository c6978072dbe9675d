-- Records the draw once: a round already drawn is not changed (the caller checks the count).
UPDATE verification_rounds SET seed = ?, population_ids = ?, population_count = ?, drawn_count = ?, drawn_at = ?,
       drawn_by_name = ?
WHERE id = ? AND drawn_at IS NULL
