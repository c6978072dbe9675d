INSERT INTO training_attempts (assignment_id, attempt_no, seed, bank_max_id, question_ids, started_at)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING id
