INSERT INTO duty_meetings (kind, meeting_date, title, minutes, created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
