-- Consultation meetings (会商会诊) in a date range, newest first, with their counts.
SELECT c.id, c.meeting_date, c.title, c.updated_at,
  (SELECT COUNT(*) FROM risk_consultation_attendees a WHERE a.consultation_id = c.id) AS attendee_total,
  (SELECT COUNT(*) FROM risk_consultation_points p WHERE p.consultation_id = c.id) AS point_total,
  (SELECT COUNT(*) FROM risk_consultation_decisions d WHERE d.consultation_id = c.id) AS decision_total,
  (SELECT COUNT(*) FROM risk_consultation_decisions d WHERE d.consultation_id = c.id AND d.task_id IS NOT NULL) AS decision_tasks
FROM risk_consultations c
WHERE c.meeting_date >= ? AND c.meeting_date <= ?
ORDER BY c.meeting_date DESC, c.id DESC
