INSERT INTO training_questions (course_id, kind, stem, options, answer, explanation, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
RETURNING id
