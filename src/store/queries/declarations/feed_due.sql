-- Accounts of active leading cadres (with a business role) whose yearly report of the
-- given year is not yet submitted.
SELECT a.id AS account_id FROM accounts a JOIN people p ON p.id = a.person_id
WHERE a.status = 'active' AND p.is_leading_cadre = 1 AND p.status = 'active'
  AND EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id AND g.role NOT IN ('sysadmin', 'secadmin', 'auditor'))
  AND NOT EXISTS (SELECT 1 FROM declarations d WHERE d.person_id = p.id AND d.kind = 'annual' AND d.report_year = ?
                  AND d.status IN ('submitted', 'accepted'))
ORDER BY a.id
