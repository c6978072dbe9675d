UPDATE reports SET lookup_failures = 0 WHERE id = ?
