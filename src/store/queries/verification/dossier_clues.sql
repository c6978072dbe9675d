-- The problem clues naming a person, with their disposition and outcome (discipline committee only).
SELECT DISTINCT c.id, c.number, c.received_date, c.state, c.disposition, c.outcome_conclusion, c.closed_date
FROM clues c JOIN clue_persons cp ON cp.clue_id = c.id
WHERE cp.person_id = ? ORDER BY c.received_date DESC, c.id DESC
