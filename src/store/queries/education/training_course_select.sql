-- Courses with the bank size, the counts of the assignments the reader may see
-- (condition over alias a spliced twice) and the reader's own assignment m (person id
-- bound once). Callers splice the condition over aliases c and m, the order and paging.
SELECT c.id, c.kind, c.title, c.materials, c.question_count, c.pass_mark, c.retakes, c.auto_new_staff, c.audience,
       c.created_at,
       (SELECT COUNT(*) FROM training_questions q WHERE q.course_id = c.id) AS bank_size,
       (SELECT COUNT(*) FROM training_assignments a WHERE a.course_id = c.id AND /*ASCOPE*/) AS assigned,
       (SELECT COUNT(*) FROM training_assignments a WHERE a.course_id = c.id AND a.passed_at IS NOT NULL
          AND /*ASCOPE*/) AS passed,
       m.id AS my_assignment_id, m.attempts AS my_attempts, m.best_score AS my_best_score,
       m.passed_at AS my_passed_at, m.certificate_no AS my_certificate_no
FROM training_courses c
LEFT JOIN training_assignments m ON m.course_id = c.id AND m.person_id = ?
WHERE /*WHERE*/
/*TAIL*/
