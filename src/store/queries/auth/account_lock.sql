UPDATE accounts SET locked_until = ?, failed_count = 0 WHERE id = ?
