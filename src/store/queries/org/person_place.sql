UPDATE people SET department_id = ?, position_id = ?, rank = ?, status = ?, updated_at = ? WHERE id = ?
