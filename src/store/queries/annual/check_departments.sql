SELECT cd.check_id, cd.department_id
FROM inspection_check_departments cd
JOIN inspection_checks c ON c.id = cd.check_id
WHERE c.year = ? AND c.archived_at IS NULL AND c.kind <> 'case_reform'
ORDER BY cd.check_id, cd.department_id
