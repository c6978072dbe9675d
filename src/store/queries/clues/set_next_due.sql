UPDATE clues SET next_due_date = ? WHERE id = ?
