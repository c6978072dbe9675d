UPDATE accounts SET locked_until = NULL, failed_count = 0 WHERE id = ?
