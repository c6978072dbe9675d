-- The latest milestone of a task dated after the given day (a new deadline must not precede it).
SELECT MAX(due_date) AS due FROM duty_milestones WHERE task_id = ? AND due_date > ?
