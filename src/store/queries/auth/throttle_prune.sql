-- Subjects neither waiting nor failing for a day. Parameters: now, now minus one day.
DELETE FROM login_throttle WHERE blocked_until < ? AND last_failure_at < ?
