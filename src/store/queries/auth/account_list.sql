-- Accounts for the sysadmin's list. Parameters: q x3 (substring), locked flag x3 with now, limit, offset.
-- locked_until is the administrative lock, or else the latest sign-in delay still running
-- (login_throttle), so the list shows whom failed sign-ins keep waiting.
SELECT id, username, display_name, person_id, password_hash, password_changed_at, must_change_password, totp_secret, totp_enabled, totp_last_step,
       CASE WHEN locked_until IS NULL THEN throttled_until ELSE locked_until END AS locked_until,
       failed_count, status, created_at, last_login_at,
       (SELECT p.name FROM people p WHERE p.id = accounts.person_id) AS person_name,
       (SELECT p.employee_no FROM people p WHERE p.id = accounts.person_id) AS person_employee_no
FROM accounts
WHERE (CAST(? AS TEXT) IS NULL OR username LIKE ? ESCAPE '\' OR display_name LIKE ? ESCAPE '\')
  AND (CAST(? AS BIGINT) IS NULL
       OR (? = 1 AND COALESCE(locked_until, throttled_until) IS NOT NULL AND COALESCE(locked_until, throttled_until) > ?)
       OR (? = 0 AND (COALESCE(locked_until, throttled_until) IS NULL OR COALESCE(locked_until, throttled_until) <= ?)))
ORDER BY username
LIMIT ? OFFSET ?
