-- The attempt of an assignment started and not submitted.
SELECT id FROM training_attempts WHERE assignment_id = ? AND submitted_at IS NULL ORDER BY attempt_no DESC
