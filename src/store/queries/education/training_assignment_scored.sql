-- The best score so far of an assignment.
UPDATE training_assignments SET best_score = CASE WHEN best_score IS NULL OR best_score < ? THEN ? ELSE best_score END
WHERE id = ?
