INSERT INTO risk_checks (department_id, negative_list_id, list_revision, year, check_date, summary, checker_name,
  created_by, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
