SELECT id, title FROM duty_work_points WHERE year = ? AND archived_at IS NULL ORDER BY sort_order, id
