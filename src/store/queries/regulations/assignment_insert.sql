INSERT INTO regulation_assignments (regulation_id, version_id, person_id, department_id, assigned_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (version_id, person_id) DO NOTHING
