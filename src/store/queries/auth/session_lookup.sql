-- The session of a token hash with the account behind it and the account's role grants,
-- one row per grant (grant_* NULL when it has none): the authenticator's hot path in one
-- query instead of a session lookup followed by grants_of.
SELECT s.id AS session_id, s.csrf_token, s.created_at AS session_created_at, s.last_seen_at, s.expires_at,
       a.id, a.username, a.display_name, a.person_id, a.password_hash, a.password_changed_at,
       a.must_change_password, a.totp_secret, a.totp_enabled, a.totp_last_step, a.locked_until,
       a.failed_count, a.status, a.created_at, a.last_login_at,
       g.role AS grant_role, g.scope AS grant_scope, g.scope_ref AS grant_scope_ref
FROM sessions s
JOIN accounts a ON a.id = s.account_id
LEFT JOIN role_grants g ON g.account_id = a.id
WHERE s.token_hash = ?
ORDER BY g.id
