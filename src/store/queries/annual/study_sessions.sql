-- Study sessions held in a period (held_on between the two dates) with their attendees
-- and each attendee's current department (a session without attendees: one row, no
-- person). The figures count sessions, leads and warning-education films from these.
SELECT s.id, s.kind, s.held_on, s.topic, t.person_id, t.led, p.name AS person_name, p.department_id
FROM study_sessions s
LEFT JOIN study_attendance t ON t.session_id = s.id
LEFT JOIN people p ON p.id = t.person_id
WHERE s.held_on >= ? AND s.held_on <= ?
ORDER BY s.held_on, s.id, t.person_id
