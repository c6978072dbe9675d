-- 线索登记要素 and report dispositions (issue 15 item 10).
--
-- clue_registration: one row per clue registered since this version (older clues have
-- none: the page shows 未填写). reporter_sealed is the reporter (举报人: name and
-- contact, or anonymous) SEALED with a subkey of the server key (domain/clues/
-- clue_registration.h) — never in clear here or in a backup. cadre_authority and
-- classification are codes of the dictionaries clue.cadre_authority / clue.classification.
-- Readers other than the clue module: CONFIDENTIAL like the clues rows.
CREATE TABLE clue_registration (
  clue_id @BIGINT@ PRIMARY KEY REFERENCES clues(id),
  source_document TEXT NOT NULL DEFAULT '',   -- 来源文号 / 转办单号
  reporter_sealed TEXT,                        -- 举报人, sealed; NULL = not recorded
  cadre_authority TEXT,                        -- local | superior | other; NULL = not recorded
  classification TEXT NOT NULL DEFAULT 'internal',  -- internal | secret | confidential
  updated_by @BIGINT@,
  updated_at @BIGINT@ NOT NULL
);

-- Reports: 转办 (transferred to another unit) and 留存备查 (kept on file). The transfer
-- record (receiving unit, document number, date) is sealed with the report's matter key
-- (associated data part "transfer"); the filing reason uses reason_sealed like the
-- out-of-scope reason. person_link_sealed: the person of the organisation a handler
-- linked the 被反映人 to, sealed with the matter key (part "person-link") — readable only
-- by holders of the report's key, never by the administrators or in a backup.
ALTER TABLE reports ADD COLUMN transfer_sealed @BLOB@;
ALTER TABLE reports ADD COLUMN person_link_sealed @BLOB@;
