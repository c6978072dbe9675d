SELECT COUNT(*) AS n FROM duty_list_items WHERE year = ? AND archived_at IS NULL
