-- Co-construction with partner units (廉政共建, domain/coop/): the partner units and their
-- agreements (共建协议), each partner's Ed25519 public key (registered once; replacing it
-- is an audited action and the old key stays in coop_partner_keys with its retirement
-- time), the integrity notices exchanged both ways as signed files (廉政信息双向通报),
-- joint trainings (联合培训) and return visits (回访) with their feedback forms.
-- Notices and visit comments can name people: the notice file (envelope and payload)
-- and the comments are sealed at rest (XChaCha20-Poly1305 under a key derived from the
-- server secret key file); only partner names, numbers, dates and fingerprints are clear.
-- Nothing is deleted: partners are archived with a reason.
CREATE TABLE coop_partners (
  id @ID@,
  name TEXT NOT NULL UNIQUE,          -- 合作单位名称
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  agreement_no TEXT NOT NULL DEFAULT '',      -- 共建协议编号
  agreement_signed_on TEXT,                   -- 签订日期 YYYY-MM-DD
  agreement_start TEXT,                       -- 协议期限 起
  agreement_end TEXT,                         -- 协议期限 止
  agreement_summary TEXT NOT NULL DEFAULT '', -- 协议主要内容
  status TEXT NOT NULL,                       -- dictionary coop.partner_status
  public_key TEXT,                            -- current Ed25519 public key, base64 of 32 bytes
  key_fingerprint TEXT,                       -- SHA-256 of the key, hex
  key_registered_at @BIGINT@,
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  updated_at @BIGINT@ NOT NULL,
  archived_at @BIGINT@,
  archive_reason TEXT NOT NULL DEFAULT ''
);

-- Every key a partner has had, the current one with retired_at NULL.
CREATE TABLE coop_partner_keys (
  id @ID@,
  partner_id @BIGINT@ NOT NULL REFERENCES coop_partners(id),
  public_key TEXT NOT NULL,
  key_fingerprint TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  registered_by @BIGINT@ REFERENCES accounts(id),
  registered_at @BIGINT@ NOT NULL,
  retired_at @BIGINT@
);
CREATE INDEX coop_partner_keys_partner ON coop_partner_keys (partner_id);
CREATE INDEX coop_partner_keys_fp ON coop_partner_keys (key_fingerprint);

-- 廉政信息双向通报: direction out (we signed and exported) or in (a partner's file,
-- verified before it was stored). file_sha256 is unique: the same file is stored once.
CREATE TABLE coop_notices (
  id @ID@,
  partner_id @BIGINT@ NOT NULL REFERENCES coop_partners(id),
  direction TEXT NOT NULL,            -- out | in
  notice_no TEXT NOT NULL,            -- the sender's number
  issued_on TEXT NOT NULL,            -- YYYY-MM-DD
  signed_at TEXT NOT NULL,            -- the envelope's time, as signed
  signer_unit TEXT NOT NULL,
  signer_fingerprint TEXT NOT NULL,
  file_sha256 TEXT NOT NULL UNIQUE,
  sealed_file TEXT NOT NULL DEFAULT '', -- the whole signed file, sealed ("v1:" + base64)
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX coop_notices_partner ON coop_notices (partner_id, issued_on);

-- 联合培训: date, topic, participants from both sides (names as text lines).
CREATE TABLE coop_trainings (
  id @ID@,
  partner_id @BIGINT@ NOT NULL REFERENCES coop_partners(id),
  held_on TEXT NOT NULL,
  topic TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  our_participants TEXT NOT NULL DEFAULT '',      -- one name a line
  partner_participants TEXT NOT NULL DEFAULT '',  -- one name a line
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX coop_trainings_partner ON coop_trainings (partner_id, held_on);

-- 回访: a visit to a partner unit asking about the conduct of our staff, with the
-- feedback form: one score 1..5 per satisfaction item (dictionary coop.feedback_item)
-- in coop_visit_scores, and the partner's comments (sealed).
CREATE TABLE coop_visits (
  id @ID@,
  partner_id @BIGINT@ NOT NULL REFERENCES coop_partners(id),
  visited_on TEXT NOT NULL,
  visitors TEXT NOT NULL DEFAULT '',      -- our people who went
  interviewees TEXT NOT NULL DEFAULT '',  -- whom we heard at the partner
  sealed_comments TEXT NOT NULL DEFAULT '',
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX coop_visits_partner ON coop_visits (partner_id, visited_on);

CREATE TABLE coop_visit_scores (
  visit_id @BIGINT@ NOT NULL REFERENCES coop_visits(id),
  item TEXT NOT NULL,
  score INTEGER NOT NULL,
  PRIMARY KEY (visit_id, item)
);
