-- The person's membership of the latest verification round (the open one: rounds are
-- never closed), if any.
SELECT m.id, m.round_id, r.round_year, m.sampled, m.candidate
FROM verification_members m JOIN verification_rounds r ON r.id = m.round_id
WHERE m.person_id = ? AND r.round_year = (SELECT MAX(round_year) FROM verification_rounds)
