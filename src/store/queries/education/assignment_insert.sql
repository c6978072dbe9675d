INSERT INTO education_assignments (item_id, person_id, department_id, assigned_at) VALUES (?, ?, ?, ?)
ON CONFLICT (item_id, person_id) DO NOTHING
