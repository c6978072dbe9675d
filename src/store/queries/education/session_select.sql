-- Study sessions with their attendance counts; callers splice the condition and the
-- order and paging.
SELECT s.id, s.kind, s.held_on, s.topic, s.speaker, s.place, s.materials, s.branch_id, b.name AS branch_name,
       s.created_at,
       (SELECT COUNT(*) FROM study_attendance t WHERE t.session_id = s.id) AS attendance,
       (SELECT COUNT(*) FROM study_attendance t WHERE t.session_id = s.id AND t.led = 1) AS leaders
FROM study_sessions s
LEFT JOIN branches b ON b.id = s.branch_id
WHERE /*WHERE*/
/*TAIL*/
