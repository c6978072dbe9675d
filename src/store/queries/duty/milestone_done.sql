UPDATE duty_milestones SET done_date = ? WHERE id = ? AND task_id = ? AND done_date IS NULL
