-- The active leading cadres, with the account linked to each (if any), for the demo.
SELECT p.id, p.name, (SELECT MIN(a.id) FROM accounts a WHERE a.person_id = p.id) AS account_id
FROM people p WHERE p.is_leading_cadre = 1 AND p.status = 'active' ORDER BY p.employee_no
