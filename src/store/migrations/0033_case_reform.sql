-- Case-driven reform (以案促改, domain/inspections/case_reform): after a closed problem
-- clue or a published typical case, the discipline committee analyses the management
-- gaps it exposed and sends reform notices (以案促改通知) to the departments concerned.
-- Each notice is numbered per year (〔2026〕以案促改第1号) and carries the committee's own
-- summary and analysis, written for the departments; its measures are tracked as items
-- of the rectification ledger (rectification_items) under a check of kind case_reform,
-- so the departments' feedback, the committee's verification, overdue reminders and
-- the XLSX ledger are the ledger's own.
-- The source is a reference only: a clue's id (never its matter, persons or outcome,
-- which stay sealed and need-to-know in the clue tables; the API shows the reference
-- only to those who may see the clue) or an education item's id (published material).
CREATE TABLE case_reform_counters (
  year INTEGER PRIMARY KEY,
  last_seq INTEGER NOT NULL
);

CREATE TABLE case_reforms (
  id @ID@,
  number TEXT NOT NULL UNIQUE,                 -- 〔2026〕以案促改第1号
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  check_id @BIGINT@ NOT NULL UNIQUE REFERENCES inspection_checks(id),
  source_kind TEXT NOT NULL,                   -- clue | typical_case
  clue_id @BIGINT@ REFERENCES clues(id),
  education_item_id @BIGINT@ REFERENCES education_items(id),
  title TEXT NOT NULL,
  summary TEXT NOT NULL,                       -- 案例简况: the committee's words, for the departments
  loopholes TEXT NOT NULL,                     -- 暴露的问题和管理漏洞
  issued_on TEXT NOT NULL,                     -- YYYY-MM-DD
  created_by @BIGINT@ REFERENCES accounts(id),
  created_at @BIGINT@ NOT NULL,
  UNIQUE (year, seq)
);
CREATE INDEX case_reforms_clue ON case_reforms (clue_id);
