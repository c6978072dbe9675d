-- Every course not passed with an attempt left (or one open), with the active accounts of the person.
SELECT ac.id AS account_id, c.id, c.title, a.assigned_at
FROM training_assignments a
JOIN training_courses c ON c.id = a.course_id
JOIN accounts ac ON ac.person_id = a.person_id AND ac.status = 'active'
WHERE a.passed_at IS NULL AND c.archived_at IS NULL
  AND (a.attempts < c.retakes + 1
       OR EXISTS (SELECT 1 FROM training_attempts t WHERE t.assignment_id = a.id AND t.submitted_at IS NULL))
ORDER BY ac.id, c.id
