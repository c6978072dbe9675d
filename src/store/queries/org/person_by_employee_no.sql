SELECT id FROM people WHERE unit_id = ? AND employee_no = ?
