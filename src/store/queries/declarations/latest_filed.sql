-- The person's latest report that was submitted (any state but draft), optionally before
-- a year (the comparison takes an earlier year's report).
SELECT id, report_year, kind, status, content_sealed, submitted_at FROM declarations
WHERE person_id = ? AND status <> 'draft' AND report_year < ?
ORDER BY report_year DESC, CASE WHEN kind = 'annual' THEN 0 ELSE 1 END, submitted_at DESC, id DESC LIMIT 1
