UPDATE duty_assess_items SET archived_at = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL
