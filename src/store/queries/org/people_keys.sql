SELECT id, employee_no, name FROM people WHERE unit_id = ?
