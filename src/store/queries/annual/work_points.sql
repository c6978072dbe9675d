SELECT w.id, w.title FROM duty_work_points w WHERE w.year = ? AND w.archived_at IS NULL ORDER BY w.sort_order, w.id
