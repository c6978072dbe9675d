SELECT id, content, task_id FROM risk_consultation_decisions WHERE id = ? AND consultation_id = ?
