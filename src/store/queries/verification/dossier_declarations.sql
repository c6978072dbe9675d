-- A cadre's personal-matters reports that were filed (no drafts), by year.
SELECT id, report_year, kind, status, submitted_at, accepted_at FROM declarations
WHERE person_id = ? AND status <> 'draft' ORDER BY report_year DESC, id DESC
