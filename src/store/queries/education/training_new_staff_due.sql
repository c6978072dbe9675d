-- Whether some active person added since a new-staff course's auto_since is not assigned it
-- (a read first, so the sweep takes no write lock when there is nothing to do).
SELECT COUNT(*) AS n FROM training_courses c
JOIN people p ON p.created_at >= c.auto_since
WHERE c.auto_new_staff = 1 AND c.archived_at IS NULL AND p.status = 'active' AND p.archived_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM training_assignments x WHERE x.course_id = c.id AND x.person_id = p.id)
