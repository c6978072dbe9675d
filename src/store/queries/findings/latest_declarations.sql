-- Per leading cadre in service, the latest submitted or accepted personal-matters report
-- (latest year; in a year the annual report before change reports, then the latest
-- submitted): the declaration-side inputs of a cross-check run. The content is sealed.
SELECT d.id, d.person_id, d.report_year, d.kind, d.submitted_at, d.content_sealed, p.employee_no, p.name
FROM declarations d JOIN people p ON p.id = d.person_id
WHERE p.is_leading_cadre = 1 AND p.status = 'active' AND d.status IN ('submitted', 'accepted')
ORDER BY p.employee_no, d.report_year DESC, CASE WHEN d.kind = 'annual' THEN 0 ELSE 1 END, d.submitted_at DESC, d.id DESC
