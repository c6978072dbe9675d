-- Assigns the new-staff courses to every active person added since the course's
-- auto_since and not yet assigned (now bound once).
INSERT INTO training_assignments (course_id, person_id, department_id, source, assigned_at)
SELECT c.id, p.id, p.department_id, 'new_staff', ?
FROM training_courses c
JOIN people p ON p.created_at >= c.auto_since
WHERE c.auto_new_staff = 1 AND c.archived_at IS NULL AND p.status = 'active' AND p.archived_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM training_assignments x WHERE x.course_id = c.id AND x.person_id = p.id)
ON CONFLICT (course_id, person_id) DO NOTHING
