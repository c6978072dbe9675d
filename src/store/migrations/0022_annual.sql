-- The annual work report (党风廉政建设工作报告, domain/annual/, docs/modules/annual.md).
-- A report is a template the discipline committee edits: `body` holds the fixed text
-- with figure fields ({{clues.received}} …) that are filled from the records when the
-- report is shown or exported. A draft is edited and saved (version grows at every
-- save); finalising numbers it within its year (seq, number) and freezes the filled
-- text in `rendered`, so the archived final version never changes when records do.
-- Nothing here is case content: figures are counts.
CREATE TABLE annual_reports (
  id @ID@,
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  unit_name TEXT NOT NULL,
  issue_date TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL,
  seq INTEGER,
  number TEXT,
  rendered TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_by @BIGINT@,
  created_at @BIGINT@ NOT NULL,
  updated_by @BIGINT@,
  updated_at @BIGINT@ NOT NULL,
  finalized_by @BIGINT@,
  finalized_at @BIGINT@,
  UNIQUE (year, seq)
);
CREATE INDEX annual_reports_year ON annual_reports (year, status);
