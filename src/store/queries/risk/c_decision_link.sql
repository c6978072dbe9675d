UPDATE risk_consultation_decisions SET task_id = ? WHERE id = ? AND task_id IS NULL
