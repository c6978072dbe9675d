SELECT p.id, p.name, COALESCE(d.name, '') AS department_name
FROM duty_meeting_attendees a JOIN people p ON p.id = a.person_id LEFT JOIN departments d ON d.id = p.department_id
WHERE a.meeting_id = ?
ORDER BY p.name, p.id
