DELETE FROM clue_outcome_measures WHERE clue_id = ?
