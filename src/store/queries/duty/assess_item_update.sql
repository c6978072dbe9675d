UPDATE duty_assess_items SET sort_order = ?, title = ?, weight = ?, scoring_rule = ?, work_point_id = ?, updated_at = ?
WHERE id = ? AND year = ? AND archived_at IS NULL
