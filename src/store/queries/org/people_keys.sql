SELECT id, employee_no FROM people WHERE unit_id = ?
