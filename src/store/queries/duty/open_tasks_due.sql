-- Open tasks whose deadline is on or before the given date (the reminder horizon).
SELECT t.id, t.title, t.owner_department_id, t.owner_person_id, t.deadline_date, d.name AS department_name
FROM duty_tasks t
JOIN duty_work_points w ON w.id = t.work_point_id AND w.archived_at IS NULL
JOIN departments d ON d.id = t.owner_department_id
WHERE t.archived_at IS NULL AND t.status <> 'done' AND t.deadline_date <= ?
ORDER BY t.deadline_date, t.id
