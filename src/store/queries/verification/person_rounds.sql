-- The rounds a person was verified in.
SELECT m.id, m.round_id, m.sampled, m.draw_order, m.candidate, m.candidate_sealed, r.round_year
FROM verification_members m JOIN verification_rounds r ON r.id = m.round_id
WHERE m.person_id = ? ORDER BY r.round_year DESC
