-- Integrity-risk consultations (会商会诊) held in a period, with their attendees'
-- current departments (a meeting without attendees: one row, no department).
SELECT c.id, c.meeting_date, c.title, a.person_id, p.department_id
FROM risk_consultations c
LEFT JOIN risk_consultation_attendees a ON a.consultation_id = c.id
LEFT JOIN people p ON p.id = a.person_id
WHERE c.meeting_date >= ? AND c.meeting_date <= ?
ORDER BY c.meeting_date, c.id
