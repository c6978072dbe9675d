INSERT INTO duty_milestones (task_id, sort_order, title, due_date) VALUES (?, ?, ?, ?) RETURNING id
