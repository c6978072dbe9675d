SELECT person_id, person_name, measure, decided_on, decision_document
FROM clue_outcome_measures WHERE clue_id = ? ORDER BY ord
