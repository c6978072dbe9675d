-- The tasks of a year's work points (not archived), for the duty figures.
SELECT t.id, t.title, t.owner_department_id, t.deadline_date, t.status, t.done_date, w.title AS point_title
FROM duty_tasks t
JOIN duty_work_points w ON w.id = t.work_point_id
WHERE w.year = ? AND t.archived_at IS NULL AND w.archived_at IS NULL
ORDER BY w.sort_order, w.id, t.id
