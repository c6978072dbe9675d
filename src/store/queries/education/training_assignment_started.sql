-- One more attempt started (the caller checked the limit in the same transaction).
UPDATE training_assignments SET attempts = attempts + 1 WHERE id = ? AND attempts = ?
