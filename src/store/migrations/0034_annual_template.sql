-- The annual report's bureau-wide template and its official-document header
-- (GB/T 9704-2012 版头 and 版记; domain/annual/report.h, docs/modules/annual.md).
-- annual_template holds ONE row (id = 1), edited by the discipline committee: the title
-- pattern ({{year}}), the body (fixed text + {{figure}} fields), the issuing-organ mark
-- (发文机关标志, e.g. "中共××局纪律检查委员会文件"), the prefix of the document number
-- (发文字号 "×纪" → ×纪〔2026〕3号), 抄送 and the 印发机关. A new report copies it;
-- edits of a report stay on that report. Until the row is written the built-in default
-- applies (no row = default).
CREATE TABLE annual_template (
  id @BIGINT@ PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  organ_mark TEXT NOT NULL,
  number_prefix TEXT NOT NULL,
  copy_to TEXT NOT NULL DEFAULT '',
  printer TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  updated_by @BIGINT@,
  updated_at @BIGINT@ NOT NULL
);
-- Each report's own copy of the header; doc_number is the 发文字号 given at finalising
-- (prefix〔year〕seq号, from the same seq as `number`), frozen with the text.
ALTER TABLE annual_reports ADD COLUMN organ_mark TEXT NOT NULL DEFAULT '';
ALTER TABLE annual_reports ADD COLUMN number_prefix TEXT NOT NULL DEFAULT '';
ALTER TABLE annual_reports ADD COLUMN copy_to TEXT NOT NULL DEFAULT '';
ALTER TABLE annual_reports ADD COLUMN printer TEXT NOT NULL DEFAULT '';
ALTER TABLE annual_reports ADD COLUMN doc_number TEXT;
