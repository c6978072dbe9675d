-- Enrolled readers of active accounts holding a role (the discipline secretary).
SELECT DISTINCT r.account_id, r.public_key
FROM report_readers r
JOIN accounts a ON a.id = r.account_id
JOIN role_grants g ON g.account_id = r.account_id
WHERE a.status = 'active' AND g.role = ?
ORDER BY r.account_id
