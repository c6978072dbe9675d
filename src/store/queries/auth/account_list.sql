-- Accounts for the sysadmin's list. Parameters: q x3 (substring), locked flag x3 with now, limit, offset.
SELECT id, username, display_name, person_id, password_hash, password_changed_at, must_change_password, totp_secret, totp_enabled, totp_last_step, locked_until, failed_count, status, created_at, last_login_at,
       (SELECT p.name FROM people p WHERE p.id = accounts.person_id) AS person_name,
       (SELECT p.employee_no FROM people p WHERE p.id = accounts.person_id) AS person_employee_no
FROM accounts
WHERE (CAST(? AS TEXT) IS NULL OR username LIKE '%' || ? || '%' OR display_name LIKE '%' || ? || '%')
  AND (CAST(? AS BIGINT) IS NULL
       OR (? = 1 AND locked_until IS NOT NULL AND locked_until > ?)
       OR (? = 0 AND (locked_until IS NULL OR locked_until <= ?)))
ORDER BY username
LIMIT ? OFFSET ?
