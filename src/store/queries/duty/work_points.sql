-- A year's work points with the counts of the tasks the caller sees (the SCOPE marker, over t).
SELECT w.id, w.year, w.sort_order, w.title,
       COUNT(t.id) AS task_total,
       SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END) AS task_done,
       SUM(CASE WHEN t.id IS NOT NULL AND t.status <> 'done' AND t.deadline_date < ? THEN 1 ELSE 0 END) AS task_overdue
FROM duty_work_points w
LEFT JOIN duty_tasks t ON t.work_point_id = w.id AND t.archived_at IS NULL AND /*SCOPE*/
WHERE w.year = ? AND w.archived_at IS NULL
GROUP BY w.id, w.year, w.sort_order, w.title
ORDER BY w.sort_order, w.id
