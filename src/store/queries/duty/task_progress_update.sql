UPDATE duty_tasks SET status = ?, progress = ?, done_date = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL
