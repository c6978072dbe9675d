-- Enrolled AND endorsed readers of active accounts holding a role (the discipline
-- secretary): the holders a new report's keys are wrapped for automatically. A key
-- enrolled by a newly granted account waits for an existing holder's endorsement.
SELECT DISTINCT r.account_id, r.public_key
FROM report_readers r
JOIN accounts a ON a.id = r.account_id
JOIN role_grants g ON g.account_id = r.account_id
WHERE a.status = 'active' AND g.role = ? AND r.endorsed_at IS NOT NULL
ORDER BY r.account_id
