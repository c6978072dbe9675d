UPDATE accounts SET failed_count = failed_count + 1 WHERE id = ? RETURNING failed_count
