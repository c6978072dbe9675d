SELECT t.person_id, p.name, t.led
FROM study_attendance t
JOIN people p ON p.id = t.person_id
WHERE t.session_id = ?
ORDER BY t.led DESC, p.employee_no, p.id
