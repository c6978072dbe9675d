SELECT id, meeting_date, title, minutes, updated_at FROM risk_consultations WHERE id = ?
