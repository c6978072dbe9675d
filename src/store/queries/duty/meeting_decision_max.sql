SELECT COALESCE(MAX(sort_order), 0) AS n FROM duty_meeting_decisions WHERE meeting_id = ?
