-- 大数据比对疑点: the declaration-side inputs from the system's own records, and findings
-- made verification items (issue 16; docs/modules/findings.md).
--
-- declarations_from: where relatives.csv, declared_businesses.csv, declared_properties.csv,
-- declared_trips.csv and side_job_approvals.csv of a run come from — `database` (written by
-- the server from the latest submitted/accepted personal-matters reports and the approved
-- applications of the approvals module) or `upload` (the uploaded / server-folder files).
ALTER TABLE findings_runs ADD COLUMN declarations_from TEXT NOT NULL DEFAULT 'upload';
-- The verification item (核查事项) a finding was turned into; the item's text names the
-- finding number, so the link reads both ways.
ALTER TABLE findings ADD COLUMN verification_item_id @BIGINT@ REFERENCES verification_items(id);
CREATE INDEX findings_verification_item ON findings (verification_item_id);
