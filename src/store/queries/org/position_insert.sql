INSERT INTO positions (department_id, name, is_key_position, sort_order, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?) RETURNING id
