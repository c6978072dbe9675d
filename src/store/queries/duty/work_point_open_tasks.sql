SELECT COUNT(*) AS n FROM duty_tasks WHERE work_point_id = ? AND archived_at IS NULL
