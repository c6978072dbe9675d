UPDATE clue_assignments SET ended_at = ? WHERE id = ? AND ended_at IS NULL
