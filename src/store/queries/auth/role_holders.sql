-- Active accounts holding one role, with whether they still owe a password change.
SELECT DISTINCT a.id, a.must_change_password
FROM accounts a JOIN role_grants g ON g.account_id = a.id
WHERE a.status = 'active' AND g.role = ?
ORDER BY a.id
