UPDATE accounts SET locked_until = NULL, throttled_until = NULL, failed_count = 0 WHERE id = ?
