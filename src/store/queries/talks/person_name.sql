SELECT p.id, p.name, p.department_id, COALESCE(ps.name, '') AS position_name
FROM people p
LEFT JOIN positions ps ON ps.id = p.position_id
WHERE p.id = ?
