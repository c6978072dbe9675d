-- Active accounts holding one of the roles (the WHERE marker: g.role IN (…)).
SELECT DISTINCT a.id FROM accounts a JOIN role_grants g ON g.account_id = a.id
WHERE a.status = 'active' AND /*WHERE*/ ORDER BY a.id
