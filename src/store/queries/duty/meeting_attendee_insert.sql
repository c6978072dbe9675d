INSERT INTO duty_meeting_attendees (meeting_id, person_id) VALUES (?, ?)
