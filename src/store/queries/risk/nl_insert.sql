INSERT INTO risk_negative_lists (department_id, year, items, revision, created_at, updated_at, updated_by)
VALUES (?, ?, ?, 1, ?, ?, ?) RETURNING id
