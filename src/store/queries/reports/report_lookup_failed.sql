UPDATE reports SET lookup_failures = lookup_failures + 1, locked_until = CASE WHEN lookup_failures + 1 >= ? THEN ? ELSE locked_until END WHERE id = ?
