-- Active people the caller's data scope reaches (the WHERE marker), by name, with department and position.
SELECT p.id, p.name, p.employee_no, p.is_leading_cadre, COALESCE(dp.name, '') AS department_name,
       COALESCE(ps.name, '') AS position_name
FROM people p LEFT JOIN departments dp ON dp.id = p.department_id LEFT JOIN positions ps ON ps.id = p.position_id
WHERE p.status = 'active' AND /*WHERE*/
ORDER BY p.employee_no, p.id LIMIT 50
