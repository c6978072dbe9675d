SELECT COUNT(*) AS n FROM training_courses c
LEFT JOIN training_assignments m ON m.course_id = c.id AND m.person_id = ?
WHERE /*WHERE*/
