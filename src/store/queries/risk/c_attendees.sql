SELECT p.id, p.name, COALESCE(d.name, '') AS department_name
FROM risk_consultation_attendees a JOIN people p ON p.id = a.person_id
LEFT JOIN departments d ON d.id = p.department_id
WHERE a.consultation_id = ?
ORDER BY d.sort_order, p.id
