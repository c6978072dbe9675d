SELECT COUNT(*) AS n FROM inspection_check_departments WHERE check_id = ? AND department_id = ?
