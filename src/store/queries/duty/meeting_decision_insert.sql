INSERT INTO duty_meeting_decisions (meeting_id, sort_order, content, created_at) VALUES (?, ?, ?, ?) RETURNING id
