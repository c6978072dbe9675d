-- The session of a token hash with the account behind it (the authenticator's hot path).
SELECT s.id AS session_id, s.csrf_token, s.created_at AS session_created_at, s.last_seen_at, s.expires_at,
       a.id, a.username, a.display_name, a.person_id, a.password_hash, a.password_changed_at,
       a.must_change_password, a.totp_secret, a.totp_enabled, a.totp_last_step, a.locked_until,
       a.failed_count, a.status, a.created_at, a.last_login_at
FROM sessions s JOIN accounts a ON a.id = s.account_id
WHERE s.token_hash = ?
