UPDATE integrity_talks SET summary = ?, follow_up = ?, sealed = 1 WHERE id = ?
