-- One member of a round with the person's placement (for the data-scope check).
SELECT m.id, m.round_id, m.person_id, m.sampled, m.draw_order, m.candidate, m.candidate_sealed, p.name AS person_name,
       p.department_id, p.branch_id, r.round_year
FROM verification_members m JOIN people p ON p.id = m.person_id JOIN verification_rounds r ON r.id = m.round_id
WHERE m.id = ?
