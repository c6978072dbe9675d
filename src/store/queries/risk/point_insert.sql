INSERT INTO risk_points (department_id, position_id, category, description, likelihood, impact, level, status,
                         revision, created_at, updated_at, updated_by)
VALUES (?, ?, ?, ?, ?, ?, ?, 'submitted', 1, ?, ?, ?) RETURNING id
