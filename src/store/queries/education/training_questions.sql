-- A course's question bank in id order.
SELECT id, kind, stem, options, answer, explanation FROM training_questions WHERE course_id = ? ORDER BY id
