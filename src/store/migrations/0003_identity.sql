-- Identity (身份与访问): accounts, their password history and role grants, server-side
-- sessions (only a hash of the token is stored) and per-address login rate counters.
-- Lockout state (failed_count, locked_until) lives on the account row so that every
-- `qingfeng serve` process on one database sees the same lock.
-- totp_secret holds the TOTP key sealed with a key derived from the server secret
-- (domain/auth/totp.h); it never appears in logs or API responses.

CREATE TABLE accounts (
  id @ID@,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  person_id @BIGINT@,  -- people.id; checked by the domain (no FOREIGN KEY: identity does not depend on the org schema)
  password_hash TEXT NOT NULL,
  password_changed_at @BIGINT@ NOT NULL,
  must_change_password INTEGER NOT NULL DEFAULT 1,
  totp_secret TEXT,
  totp_enabled INTEGER NOT NULL DEFAULT 0,
  totp_last_step @BIGINT@ NOT NULL DEFAULT 0,
  locked_until @BIGINT@,
  failed_count INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active',
  created_at @BIGINT@ NOT NULL,
  last_login_at @BIGINT@
);

CREATE TABLE password_history (
  id @ID@,
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX password_history_account ON password_history (account_id, created_at);

-- scope: self | department | branch | overseen | unit; scope_ref = department or branch id.
CREATE TABLE role_grants (
  id @ID@,
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  scope TEXT NOT NULL,
  scope_ref @BIGINT@,
  granted_by @BIGINT@,
  granted_at @BIGINT@ NOT NULL
);
CREATE INDEX role_grants_account ON role_grants (account_id);

CREATE TABLE sessions (
  id @ID@,
  token_hash TEXT NOT NULL UNIQUE,
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at @BIGINT@ NOT NULL,
  last_seen_at @BIGINT@ NOT NULL,
  expires_at @BIGINT@ NOT NULL,
  client_addr TEXT NOT NULL,
  user_agent TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- Login attempts per client address per minute window (auth.rate_limited).
CREATE TABLE login_rate (
  client_addr TEXT NOT NULL,
  window_start @BIGINT@ NOT NULL,
  attempts INTEGER NOT NULL,
  PRIMARY KEY (client_addr, window_start)
);
