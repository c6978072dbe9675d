-- The read model of the lists: the WHERE marker holds the caller's reach (own person, or the
-- data scope and no drafts) and the filters.
SELECT d.id, d.person_id, d.report_year, d.kind, d.form_revision, d.status, d.version, d.created_at, d.updated_at,
       d.submitted_at, d.accepted_at, p.name AS person_name, COALESCE(dp.name, '') AS department_name
FROM declarations d JOIN people p ON p.id = d.person_id LEFT JOIN departments dp ON dp.id = p.department_id
WHERE /*WHERE*/
ORDER BY d.report_year DESC, p.employee_no, d.id DESC LIMIT ? OFFSET ?
