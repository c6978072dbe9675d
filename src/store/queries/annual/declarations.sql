-- Reports of a year that were submitted (counts only: nothing of the content).
SELECT d.id, d.kind, d.status, p.department_id
FROM declarations d
JOIN people p ON p.id = d.person_id
WHERE d.report_year = ? AND d.submitted_at IS NOT NULL
ORDER BY d.id
