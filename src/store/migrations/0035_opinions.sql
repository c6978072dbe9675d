-- 党风廉政意见回复 (integrity opinions, docs/modules/opinions.md): the organisation
-- department asks the discipline committee for its opinion on a list of people before a
-- promotion, an award or a transfer (征求党风廉政意见); the system drafts each answer from
-- the person's integrity record; the discipline secretary approves it, and the approved
-- reply gets a number (纪复〔year〕seq号) and is archived: no change after approval.
-- The answer text and its grounds (clue numbers, outcomes, verification conclusions) are
-- case content: sealed ("v1:" values, crypto_kdf context qfopin01) — never clear here.
CREATE TABLE opinion_requests (
  id @ID@,
  purpose TEXT NOT NULL,             -- opinion_purpose: promotion | award | transfer | other
  purpose_note TEXT NOT NULL DEFAULT '',  -- what "other" means (e.g. 推荐为人大代表人选)
  requested_by TEXT NOT NULL,        -- YYYY-MM-DD the department needs the reply by
  requester_account_id @BIGINT@ NOT NULL REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL
);
CREATE INDEX opinion_requests_created ON opinion_requests (created_at, id);

CREATE TABLE opinion_answers (
  id @ID@,
  request_id @BIGINT@ NOT NULL REFERENCES opinion_requests(id),
  person_id @BIGINT@ NOT NULL REFERENCES people(id),
  status TEXT NOT NULL,              -- drafted (awaiting approval) | approved (archived)
  text_sealed TEXT NOT NULL,         -- the answer's wording
  grounds_sealed TEXT NOT NULL,      -- JSON: what the draft was made from
  drafted_at @BIGINT@ NOT NULL,
  edited_by @BIGINT@ REFERENCES accounts(id),
  edited_at @BIGINT@,
  approved_by @BIGINT@ REFERENCES accounts(id),
  approved_at @BIGINT@,
  number_year INTEGER,
  number_seq @BIGINT@,
  number TEXT,
  version @BIGINT@ NOT NULL DEFAULT 1,
  UNIQUE (request_id, person_id),
  UNIQUE (number_year, number_seq)
);
CREATE INDEX opinion_answers_status ON opinion_answers (status, id);
