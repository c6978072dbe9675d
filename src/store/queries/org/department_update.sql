UPDATE departments SET parent_id = ?, name = ?, code = ?, sort_order = ?, updated_at = ? WHERE id = ?
