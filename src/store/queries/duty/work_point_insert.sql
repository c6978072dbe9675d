INSERT INTO duty_work_points (year, sort_order, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id
