UPDATE training_attempts SET submitted_at = ?, answers = ?, correct = ?, score = ?, passed = ?
WHERE id = ? AND submitted_at IS NULL
