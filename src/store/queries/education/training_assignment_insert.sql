INSERT INTO training_assignments (course_id, person_id, department_id, source, assigned_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (course_id, person_id) DO NOTHING
