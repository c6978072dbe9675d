UPDATE branches SET name = ?, code = ?, secretary_person_id = ?, sort_order = ?, updated_at = ? WHERE id = ?
