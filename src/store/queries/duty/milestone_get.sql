SELECT id FROM duty_milestones WHERE id = ? AND task_id = ?
