-- Approved outcome measures only (the clue is closed with them).
SELECT m.clue_id, m.measure, m.decided_on FROM clue_outcome_measures m WHERE m.approved = 1 ORDER BY m.id
