UPDATE positions SET department_id = ?, name = ?, is_key_position = ?, sort_order = ?, updated_at = ? WHERE id = ?
