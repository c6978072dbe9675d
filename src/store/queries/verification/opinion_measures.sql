-- The approved measures (处理措施) of closed clues applied to one person, latest first.
SELECT m.id, m.clue_id, c.number AS clue_number, m.form, m.measure, m.decided_on
FROM clue_outcome_measures m JOIN clues c ON c.id = m.clue_id
WHERE m.person_id = ? AND m.approved = 1 ORDER BY m.decided_on DESC, m.id DESC
