-- Person-times attended and led in a period per kind of session.
SELECT s.kind, COUNT(*) AS attended, SUM(t.led) AS leads
FROM study_attendance t
JOIN study_sessions s ON s.id = t.session_id
WHERE s.held_on >= ? AND s.held_on <= ? /*BRANCH*/
GROUP BY s.kind
