-- 大数据比对疑点 (findings, domain/findings/, docs/modules/findings.md).
--
-- findings_runs: one import-and-run of the cross-check engine on registry data, with its
-- state (uploading → queued → running → done | failed), its progress by stage, and the
-- figures of the run (rows per file, findings per rule, rules skipped): no personal data.
CREATE TABLE findings_runs (
  id @ID@,
  state TEXT NOT NULL CHECK (state IN ('uploading', 'queued', 'running', 'done', 'failed')),
  source TEXT NOT NULL CHECK (source IN ('upload', 'directory')),
  directory TEXT NOT NULL DEFAULT '',
  cadres_from TEXT NOT NULL CHECK (cadres_from IN ('upload', 'database')),
  as_of TEXT NOT NULL,
  progress INTEGER NOT NULL DEFAULT 0,
  phase TEXT NOT NULL DEFAULT '',
  summary_json TEXT NOT NULL DEFAULT '{}',
  error_zh TEXT NOT NULL DEFAULT '',
  error_en TEXT NOT NULL DEFAULT '',
  findings_count INTEGER NOT NULL DEFAULT 0,
  new_count INTEGER NOT NULL DEFAULT 0,
  gone_count INTEGER NOT NULL DEFAULT 0,
  dq_count INTEGER NOT NULL DEFAULT 0,
  created_by @BIGINT@ NOT NULL,
  created_at @BIGINT@ NOT NULL,
  started_at @BIGINT@,
  finished_at @BIGINT@
);
CREATE INDEX findings_runs_state ON findings_runs (state, id);

-- The data-quality table of a run (data_quality.csv): file, line, column and problem in
-- clear; the bad value itself (an identity number, a name) sealed.
CREATE TABLE findings_data_quality (
  id @ID@,
  run_id @BIGINT@ NOT NULL REFERENCES findings_runs(id),
  seq INTEGER NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  column_name TEXT NOT NULL DEFAULT '',
  problem TEXT NOT NULL DEFAULT '',
  value_sealed TEXT NOT NULL DEFAULT ''
);
CREATE INDEX findings_data_quality_run ON findings_data_quality (run_id, seq);

-- One finding (疑点) per distinct (rule, key) across every run: key_digest is a keyed
-- hash (a subkey of the server key) of "rule|key", so the key itself (company, date,
-- certificate number) is not readable here. Rule, severity, cadre number and department
-- in clear for filtering; the key, the summary (names), the person's name and the
-- evidence sealed in content_sealed; the dismissal reason sealed.
-- status: open | assigned | dismissed | clue.
CREATE TABLE findings (
  id @ID@,
  key_digest TEXT NOT NULL UNIQUE,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL,
  cadre_id TEXT NOT NULL DEFAULT '',
  person_id @BIGINT@ REFERENCES people(id),
  department TEXT NOT NULL DEFAULT '',
  content_sealed TEXT NOT NULL,
  first_run_id @BIGINT@ NOT NULL REFERENCES findings_runs(id),
  last_run_id @BIGINT@ NOT NULL REFERENCES findings_runs(id),
  first_seen_at @BIGINT@ NOT NULL,
  last_seen_at @BIGINT@ NOT NULL,
  present INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'dismissed', 'clue')),
  assignee_id @BIGINT@ REFERENCES accounts(id),
  dismiss_reason_sealed TEXT NOT NULL DEFAULT '',
  handled_by @BIGINT@ REFERENCES accounts(id),
  handled_at @BIGINT@,
  clue_id @BIGINT@ REFERENCES clues(id),
  version INTEGER NOT NULL DEFAULT 1,
  updated_at @BIGINT@ NOT NULL
);
CREATE INDEX findings_rule ON findings (rule, id);
CREATE INDEX findings_department ON findings (department, id);
CREATE INDEX findings_status ON findings (status, id);
CREATE INDEX findings_clue ON findings (clue_id);
