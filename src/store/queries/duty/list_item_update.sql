UPDATE duty_list_items SET content = ?, sort_order = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL
