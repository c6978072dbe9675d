INSERT INTO clue_outcome_measures (clue_id, ord, person_id, person_name, form, measure, decided_on, decision_document,
                                   approved)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
