INSERT INTO risk_consultations (meeting_date, title, minutes, created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?) RETURNING id
