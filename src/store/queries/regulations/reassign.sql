-- Everyone (still active) assigned to the previous version is assigned the new one,
-- counted under their department now.
INSERT INTO regulation_assignments (regulation_id, version_id, person_id, department_id, assigned_at)
SELECT a.regulation_id, ?, a.person_id, p.department_id, ?
FROM regulation_assignments a
JOIN people p ON p.id = a.person_id
WHERE a.version_id = ? AND p.status = 'active' AND p.archived_at IS NULL
