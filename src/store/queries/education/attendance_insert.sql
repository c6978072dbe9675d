INSERT INTO study_attendance (session_id, person_id, led) VALUES (?, ?, ?)
