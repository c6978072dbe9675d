SELECT 1 AS yes FROM role_grants g JOIN accounts a ON a.id = g.account_id WHERE g.account_id = ? AND g.role = ? AND a.status = 'active'
