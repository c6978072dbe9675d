UPDATE duty_work_points SET archived_at = ?, archive_reason = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL
