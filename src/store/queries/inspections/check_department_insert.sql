INSERT INTO inspection_check_departments (check_id, department_id) VALUES (?, ?)
