-- Failed sign-ins per (name typed, client address) (#14): after security.lockout_failures
-- of them that pair waits, with delays doubling up to security.lockout_minutes. No
-- account is ever locked by failures, so nobody can keep another person out, and a
-- name that matches no account is throttled exactly like one that does (no
-- enumeration). The subject is a BLAKE2b hash: no name typed is stored in clear.
CREATE TABLE login_throttle (
  subject TEXT PRIMARY KEY,
  account_id @BIGINT@,
  failures INTEGER NOT NULL,
  blocked_until @BIGINT@ NOT NULL,
  last_failure_at @BIGINT@ NOT NULL
);
CREATE INDEX login_throttle_account ON login_throttle (account_id);
-- For the system administrator's account list only ("sign-ins delayed until"): the
-- latest delay of any address on this account. Never checked at sign-in.
ALTER TABLE accounts ADD COLUMN throttled_until @BIGINT@;
