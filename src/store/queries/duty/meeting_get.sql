SELECT id, kind, meeting_date, title, minutes, updated_at FROM duty_meetings WHERE id = ?
