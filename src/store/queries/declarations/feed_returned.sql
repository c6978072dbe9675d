-- The owners' accounts of returned reports.
SELECT a.id AS account_id, d.id, d.report_year, d.kind FROM declarations d JOIN accounts a ON a.person_id = d.person_id
WHERE d.status = 'returned' AND a.status = 'active'
  AND EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id AND g.role NOT IN ('sysadmin', 'secadmin', 'auditor'))
ORDER BY d.id
