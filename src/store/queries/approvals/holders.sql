-- Active accounts holding a role (for the approval chain and reminders).
SELECT DISTINCT a.id FROM accounts a JOIN role_grants g ON g.account_id = a.id
WHERE g.role = ? AND a.status = 'active' ORDER BY a.id
