-- The meeting decision a task came from, if any.
SELECT d.id, d.meeting_id, d.content, m.kind, m.meeting_date, m.title
FROM duty_meeting_decisions d JOIN duty_meetings m ON m.id = d.meeting_id
WHERE d.task_id = ?
