-- The milestones of a batch of tasks (the IDS marker: ?,?,…).
SELECT id, task_id, sort_order, title, due_date, done_date FROM duty_milestones
WHERE task_id IN (/*IDS*/) ORDER BY task_id, sort_order, due_date, id
