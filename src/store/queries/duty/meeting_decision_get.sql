SELECT id, meeting_id, sort_order, content, task_id FROM duty_meeting_decisions WHERE id = ? AND meeting_id = ?
