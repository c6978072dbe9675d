-- The people assigned a course (condition over alias a spliced by the caller).
SELECT a.id, a.person_id, p.name, d.name AS department_name, a.source, a.attempts, a.best_score, a.passed_at,
       a.certificate_no
FROM training_assignments a
JOIN people p ON p.id = a.person_id
LEFT JOIN departments d ON d.id = a.department_id
WHERE a.course_id = ? AND /*SCOPE*/
ORDER BY d.sort_order, p.name, a.id
