-- The meeting decision a task came from, if any: a duty meeting's, or an integrity-risk
-- consultation's (risk_consultation_decisions, kind 'risk_consultation').
SELECT d.id, d.meeting_id, d.content, m.kind, m.meeting_date, m.title
FROM duty_meeting_decisions d JOIN duty_meetings m ON m.id = d.meeting_id
WHERE d.task_id = ?
UNION ALL
SELECT cd.id, cd.consultation_id AS meeting_id, cd.content, 'risk_consultation' AS kind, c.meeting_date, c.title
FROM risk_consultation_decisions cd JOIN risk_consultations c ON c.id = cd.consultation_id
WHERE cd.task_id = ?
