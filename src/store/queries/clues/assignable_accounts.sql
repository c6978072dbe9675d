-- Active accounts with a role among the ROLES marker below (the roles granting clue.handle),
-- with the department and position of the person the account belongs to (for the pickers:
-- name + department + position).
SELECT DISTINCT a.id, a.display_name, g.role, COALESCE(d.name, '') AS department_name,
       COALESCE(ps.name, '') AS position_name
FROM accounts a
JOIN role_grants g ON g.account_id = a.id
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN departments d ON d.id = p.department_id
LEFT JOIN positions ps ON ps.id = p.position_id
WHERE a.status = 'active' AND g.role IN (/*ROLES*/)
ORDER BY a.id, g.role
