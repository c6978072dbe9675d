SELECT id, task_id, reporter_name, content, progress, status, reported_at FROM duty_progress_reports
WHERE task_id = ? ORDER BY reported_at DESC, id DESC
