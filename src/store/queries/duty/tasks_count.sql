SELECT COUNT(*) AS n
FROM duty_tasks t
JOIN duty_work_points w ON w.id = t.work_point_id AND w.archived_at IS NULL
WHERE t.archived_at IS NULL AND /*SCOPE*/ AND /*WHERE*/
