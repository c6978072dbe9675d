-- One person with the placement the data-scope check needs.
SELECT p.id, p.name, p.employee_no, p.department_id, p.branch_id, p.is_leading_cadre, p.status,
       COALESCE(dp.name, '') AS department_name, COALESCE(ps.name, '') AS position_name
FROM people p LEFT JOIN departments dp ON dp.id = p.department_id LEFT JOIN positions ps ON ps.id = p.position_id
WHERE p.id = ?
