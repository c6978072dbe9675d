INSERT INTO branches (unit_id, name, code, secretary_person_id, sort_order, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
