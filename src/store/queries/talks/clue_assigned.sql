-- Is the account assigned to the clue (any part, assignment in force)?
SELECT COUNT(*) AS n FROM clue_assignments WHERE clue_id = ? AND account_id = ? AND ended_at IS NULL
