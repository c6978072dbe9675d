-- The members of a round the caller's data scope reaches (the WHERE marker): drawn ones in
-- the order of the draw, then the candidates.
SELECT m.id, m.round_id, m.person_id, m.sampled, m.draw_order, m.candidate, m.candidate_sealed, p.name AS person_name,
       p.employee_no, COALESCE(dp.name, '') AS department_name, COALESCE(ps.name, '') AS position_name
FROM verification_members m JOIN people p ON p.id = m.person_id LEFT JOIN departments dp ON dp.id = p.department_id
     LEFT JOIN positions ps ON ps.id = p.position_id
WHERE m.round_id = ? AND /*WHERE*/
ORDER BY CASE WHEN m.draw_order IS NULL THEN 1 ELSE 0 END, m.draw_order, p.employee_no, m.id
