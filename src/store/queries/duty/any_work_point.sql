SELECT COUNT(*) AS n FROM duty_work_points
