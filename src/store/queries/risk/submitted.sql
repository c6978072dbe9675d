-- Points waiting for review, with the active discipline secretaries' accounts.
SELECT rp.id, rp.revision, d.name AS department_name, rp.category, a.id AS account_id
FROM risk_points rp
JOIN departments d ON d.id = rp.department_id
JOIN role_grants g ON g.role = 'discipline_secretary'
JOIN accounts a ON a.id = g.account_id AND a.status = 'active'
WHERE rp.status = 'submitted'
ORDER BY rp.id, a.id
