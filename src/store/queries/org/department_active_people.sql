SELECT COUNT(*) AS n FROM people WHERE department_id = ? AND status = 'active'
