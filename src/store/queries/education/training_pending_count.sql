-- A person's courses not passed with an attempt left (or one open).
SELECT COUNT(*) AS n FROM training_assignments a JOIN training_courses c ON c.id = a.course_id
WHERE a.person_id = ? AND a.passed_at IS NULL AND c.archived_at IS NULL
  AND (a.attempts < c.retakes + 1
       OR EXISTS (SELECT 1 FROM training_attempts t WHERE t.assignment_id = a.id AND t.submitted_at IS NULL))
