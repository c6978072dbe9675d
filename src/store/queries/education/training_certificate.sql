-- A passed assignment with its person, department and course.
SELECT a.id, a.person_id, a.department_id, a.certificate_no, a.best_score, a.passed_at, p.name AS person_name,
       d.name AS department_name, c.title AS course_title, c.kind AS course_kind
FROM training_assignments a
JOIN people p ON p.id = a.person_id
LEFT JOIN departments d ON d.id = a.department_id
JOIN training_courses c ON c.id = a.course_id
WHERE a.id = ? AND a.passed_at IS NOT NULL AND c.archived_at IS NULL
