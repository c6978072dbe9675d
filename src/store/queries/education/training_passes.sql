-- Passes within [from, to) in ms, oldest first.
SELECT a.person_id, a.department_id, p.name AS person_name, d.name AS department_name, c.title AS course_title, a.certificate_no, a.passed_at
FROM training_assignments a
JOIN people p ON p.id = a.person_id
LEFT JOIN departments d ON d.id = a.department_id
JOIN training_courses c ON c.id = a.course_id
WHERE a.passed_at >= ? AND a.passed_at < ?
ORDER BY a.passed_at, a.id
