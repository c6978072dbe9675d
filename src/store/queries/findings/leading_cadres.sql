-- The organisation's leading cadres in service, for cadres.csv.
SELECT p.id, p.employee_no, p.name, p.id_number, d.name AS department, po.name AS position
FROM people p LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN positions po ON po.id = p.position_id
WHERE p.is_leading_cadre = 1 AND p.status = 'active' ORDER BY p.employee_no
