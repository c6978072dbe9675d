INSERT INTO risk_consultation_attendees (consultation_id, person_id) VALUES (?, ?)
