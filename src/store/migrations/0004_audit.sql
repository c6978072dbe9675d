-- 审计日志: the append-only, hash-chained audit log (see docs/security/access-control.md).
-- Each entry's hash covers a canonical serialisation of all its fields plus prev_hash;
-- audit_chain_head holds the last sequence number and hash, and is the row that
-- concurrent appenders lock, so the chain never forks and a removed tail is detected.
CREATE TABLE audit_log (
  seq @BIGINT@ PRIMARY KEY,
  at_ms @BIGINT@ NOT NULL,
  account_id @BIGINT@,
  actor TEXT NOT NULL,
  roles TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  client_addr TEXT NOT NULL,
  success INTEGER NOT NULL,
  hash_alg TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at_ms);
CREATE INDEX audit_log_actor ON audit_log (actor, at_ms);
CREATE INDEX audit_log_action ON audit_log (action, at_ms);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_hash ON audit_log (hash);

CREATE TABLE audit_chain_head (
  id INTEGER PRIMARY KEY,
  last_seq @BIGINT@ NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
