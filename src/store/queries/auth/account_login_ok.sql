UPDATE accounts SET failed_count = 0, locked_until = NULL, throttled_until = NULL, last_login_at = ? WHERE id = ?
