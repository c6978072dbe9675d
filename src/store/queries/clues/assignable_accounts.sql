-- Active accounts with a role among the ROLES marker below (the roles granting clue.handle).
SELECT DISTINCT a.id, a.display_name, g.role
FROM accounts a
JOIN role_grants g ON g.account_id = a.id
WHERE a.status = 'active' AND g.role IN (/*ROLES*/)
ORDER BY a.id, g.role
