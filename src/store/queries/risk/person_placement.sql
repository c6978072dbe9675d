SELECT department_id, position_id FROM people WHERE id = ?
