SELECT clue_id, person_id, person_name, measure, decided_on, decision_document
FROM clue_outcome_measures WHERE clue_id IN (/*IDS*/) ORDER BY clue_id, ord
