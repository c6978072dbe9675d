-- 信访举报 (petitions and reports). docs/security/reports-threat-model.md explains
-- every column marked "sealed": it holds ciphertext only (libsodium), never the
-- plaintext of a report, an identity, an attachment or a message. No column holds a
-- reporter's network address or browser. Readers other than the reports module:
-- aggregate only (channel, real_name, status, dates), never a sealed column.

-- The recovery public key (its private key was printed once for the discipline
-- secretary and is not stored) and the module's server secrets (proof-of-work HMAC,
-- address hashing for rate limits). One row.
CREATE TABLE report_key_settings (
  id INTEGER PRIMARY KEY,
  recovery_public_key @BLOB@ NOT NULL,
  server_secret @BLOB@ NOT NULL,
  created_by @BIGINT@ NOT NULL,
  created_at @BIGINT@ NOT NULL
);

-- An enrolled reader: X25519 public key, and the private key wrapped by a key derived
-- from the account's password (Argon2id; salt and limits kept with it).
CREATE TABLE report_readers (
  account_id @BIGINT@ PRIMARY KEY REFERENCES accounts(id),
  public_key @BLOB@ NOT NULL,
  secret_wrapped @BLOB@ NOT NULL,       -- sealed (secretbox under the password key)
  kdf_salt @BLOB@ NOT NULL,
  kdf_opslimit @BIGINT@ NOT NULL,
  kdf_memlimit @BIGINT@ NOT NULL,
  enrolled_at @BIGINT@ NOT NULL
);

-- A reader's unlocked private key for one staff session, encrypted under a random key
-- that exists only in the reader's browser cookie (qf_reports_key). Dies with the session.
CREATE TABLE report_key_sessions (
  session_id @BIGINT@ PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
  account_id @BIGINT@ NOT NULL,
  secret_boxed @BLOB@ NOT NULL,         -- sealed
  created_at @BIGINT@ NOT NULL
);

-- Per-year register number counters (〔2026〕信访第N号).
CREATE TABLE report_number_counters (
  year INTEGER PRIMARY KEY,
  high_water @BIGINT@ NOT NULL
);

CREATE TABLE reports (
  id @ID@,
  uid TEXT NOT NULL UNIQUE,              -- random; associated data of every sealed part
  register_number TEXT NOT NULL UNIQUE,
  number_year INTEGER NOT NULL,
  number_seq @BIGINT@ NOT NULL,
  channel TEXT NOT NULL,                 -- online | letter | visit | phone
  real_name INTEGER NOT NULL,            -- 1 = 实名
  status TEXT NOT NULL,                  -- received | under_review | in_handling | out_of_scope | closed
  received_date TEXT NOT NULL,
  matter_sealed @BLOB@ NOT NULL,         -- sealed (matter key)
  identity_sealed @BLOB@,                -- sealed (identity key); NULL when anonymous with no identity
  reason_sealed @BLOB@,                  -- out-of-scope reason, sealed (matter key)
  query_code_hash TEXT UNIQUE,           -- SHA-256 of the query code; NULL when none was issued
  reporter_kdf_salt @BLOB@,
  reporter_kdf_opslimit @BIGINT@,
  reporter_kdf_memlimit @BIGINT@,
  reporter_wrap @BLOB@,                  -- sealed conversation key for the reporter
  lookup_failures INTEGER NOT NULL DEFAULT 0,
  locked_until @BIGINT@ NOT NULL DEFAULT 0,
  subject_hash TEXT,                     -- HMAC(link key, name|unit): same-person links
  awaiting_reply INTEGER NOT NULL DEFAULT 0,
  registered_by @BIGINT@,                -- staff account for letter/visit/phone; NULL online
  closed_at @BIGINT@,
  created_at @BIGINT@ NOT NULL,          -- online: rounded to the day (no fine timing)
  updated_at @BIGINT@ NOT NULL,
  UNIQUE (number_year, number_seq)
);
CREATE INDEX reports_status ON reports (status, id);
CREATE INDEX reports_received ON reports (received_date, id);
CREATE INDEX reports_subject ON reports (subject_hash);

-- Wraps of report keys (crypto_box_seal) per holder. part: matter | identity |
-- conversation | link (link: report_id NULL, the committee's link key). account_id
-- NULL = the recovery key.
CREATE TABLE report_key_wraps (
  id @ID@,
  report_id @BIGINT@ REFERENCES reports(id),
  part TEXT NOT NULL,
  account_id @BIGINT@,
  sealed @BLOB@ NOT NULL,
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX report_key_wraps_report ON report_key_wraps (report_id, account_id);
CREATE INDEX report_key_wraps_account ON report_key_wraps (account_id, report_id);

CREATE TABLE report_attachments (
  id @ID@,
  report_id @BIGINT@ NOT NULL REFERENCES reports(id),
  ord INTEGER NOT NULL,
  filename_sealed @BLOB@ NOT NULL,       -- sealed (matter key)
  content_type TEXT NOT NULL,
  size @BIGINT@ NOT NULL,                -- of the metadata-free content
  content_sealed @BLOB@ NOT NULL,        -- sealed (matter key)
  created_at @BIGINT@ NOT NULL,
  UNIQUE (report_id, ord)
);

-- Messages with the reporter. direction: to_reporter (a handler's question) |
-- from_reporter (an answer) | feedback (closure feedback of a real-name report).
CREATE TABLE report_messages (
  id @ID@,
  report_id @BIGINT@ NOT NULL REFERENCES reports(id),
  ord INTEGER NOT NULL,
  direction TEXT NOT NULL,
  body_sealed @BLOB@ NOT NULL,           -- sealed (conversation key)
  author_account_id @BIGINT@,
  in_reply_to @BIGINT@,
  created_at @BIGINT@ NOT NULL,
  UNIQUE (report_id, ord)
);

CREATE TABLE report_assignments (
  report_id @BIGINT@ NOT NULL REFERENCES reports(id),
  account_id @BIGINT@ NOT NULL REFERENCES accounts(id),
  assigned_by @BIGINT@,
  assigned_at @BIGINT@ NOT NULL,
  PRIMARY KEY (report_id, account_id)
);

CREATE TABLE report_clues (
  report_id @BIGINT@ NOT NULL REFERENCES reports(id),
  clue_id @BIGINT@ NOT NULL REFERENCES clues(id),
  PRIMARY KEY (report_id, clue_id)
);

-- Identity reveal requests (reason recorded, the secretary decides).
CREATE TABLE report_reveal_requests (
  id @ID@,
  report_id @BIGINT@ NOT NULL REFERENCES reports(id),
  requester_id @BIGINT@ NOT NULL REFERENCES accounts(id),
  reason TEXT NOT NULL,
  status TEXT NOT NULL,                  -- pending | approved | refused
  decided_by @BIGINT@,
  decided_at @BIGINT@,
  opinion TEXT,
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX report_reveal_requests_status ON report_reveal_requests (status, id);

-- Rate-limit counters of the public listener. bucket: "<kind>:<HMAC of the address
-- or code, truncated>" or "<kind>:global"; one row per bucket and window (start ms).
CREATE TABLE report_rate_counters (
  bucket TEXT NOT NULL,
  window_start @BIGINT@ NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
);

-- Spent proof-of-work challenges (single use), kept until they expire.
CREATE TABLE report_spent_challenges (
  challenge_id TEXT PRIMARY KEY,
  expires_at @BIGINT@ NOT NULL
);
