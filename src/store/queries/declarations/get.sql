-- One report with its person's placement (for the data-scope check).
SELECT d.id, d.person_id, d.report_year, d.kind, d.form_revision, d.status, d.content_sealed, d.version,
       d.created_at, d.updated_at, d.submitted_at, d.accepted_at, p.name AS person_name, p.department_id,
       p.branch_id, COALESCE(dp.name, '') AS department_name
FROM declarations d JOIN people p ON p.id = d.person_id LEFT JOIN departments dp ON dp.id = p.department_id
WHERE d.id = ?
