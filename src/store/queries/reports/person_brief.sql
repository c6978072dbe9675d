-- A person of the organisation as the report's handlers see the link: name, department, position.
SELECT p.id, p.name, COALESCE(d.name, '') AS department_name, COALESCE(ps.name, '') AS position_name
FROM people p
LEFT JOIN departments d ON d.id = p.department_id
LEFT JOIN positions ps ON ps.id = p.position_id
WHERE p.id = ?
