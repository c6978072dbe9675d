-- The active business accounts of a person (the holder of a document, an applicant).
SELECT a.id FROM accounts a WHERE a.person_id = ? AND a.status = 'active'
  AND EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id AND g.role NOT IN ('sysadmin', 'secadmin', 'auditor'))
ORDER BY a.id
