SELECT id, sort_order, content, task_id FROM duty_meeting_decisions WHERE meeting_id = ? ORDER BY sort_order, id
