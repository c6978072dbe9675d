INSERT INTO duty_progress_reports (task_id, account_id, reporter_name, content, progress, status, reported_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
