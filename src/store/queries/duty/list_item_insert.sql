INSERT INTO duty_list_items (year, kind, person_id, sort_order, content, copied_from_id, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
