UPDATE duty_work_points SET title = ?, sort_order = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL
