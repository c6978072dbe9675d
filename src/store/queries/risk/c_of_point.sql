SELECT c.id, c.meeting_date, c.title
FROM risk_consultation_points cp JOIN risk_consultations c ON c.id = cp.consultation_id
WHERE cp.risk_point_id = ?
ORDER BY c.meeting_date DESC, c.id DESC
