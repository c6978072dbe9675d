-- Meetings, newest first, with the number of decisions and of decisions made tasks (WHERE marker: year, kind).
SELECT m.id, m.kind, m.meeting_date, m.title, m.updated_at,
       (SELECT COUNT(*) FROM duty_meeting_decisions d WHERE d.meeting_id = m.id) AS decision_total,
       (SELECT COUNT(*) FROM duty_meeting_decisions d WHERE d.meeting_id = m.id AND d.task_id IS NOT NULL) AS decision_tasks,
       (SELECT COUNT(*) FROM duty_meeting_attendees a WHERE a.meeting_id = m.id) AS attendee_total
FROM duty_meetings m
WHERE /*WHERE*/
ORDER BY m.meeting_date DESC, m.id DESC
