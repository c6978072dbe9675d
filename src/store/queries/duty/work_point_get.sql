SELECT id, year, sort_order, title FROM duty_work_points WHERE id = ? AND archived_at IS NULL
