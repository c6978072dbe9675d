-- One attempt with its assignment and course (the caller binds the attempt id and the reader's person).
SELECT t.id, t.assignment_id, t.attempt_no, t.seed, t.question_ids, t.started_at, t.submitted_at, t.answers,
       t.correct, t.score, t.passed, a.course_id, a.attempts, a.certificate_no, c.title AS course_title,
       c.pass_mark, c.retakes
FROM training_attempts t
JOIN training_assignments a ON a.id = t.assignment_id
JOIN training_courses c ON c.id = a.course_id
WHERE t.id = ? AND a.person_id = ?
