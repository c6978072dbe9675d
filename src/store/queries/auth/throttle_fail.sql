-- Counts one failed sign-in of a subject; the count restarts after a quiet day.
-- Parameters: subject, account id (or NULL), now, now minus one day.
INSERT INTO login_throttle (subject, account_id, failures, blocked_until, last_failure_at) VALUES (?, ?, 1, 0, ?)
ON CONFLICT (subject) DO UPDATE SET
  failures = CASE WHEN login_throttle.last_failure_at < ? THEN 1 ELSE login_throttle.failures + 1 END,
  account_id = excluded.account_id,
  last_failure_at = excluded.last_failure_at
RETURNING failures
