INSERT INTO departments (unit_id, parent_id, name, code, sort_order, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
