INSERT INTO report_assignments (report_id, account_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
