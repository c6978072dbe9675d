-- Approved points whose next review falls on or before the given day, with the active
-- accounts holding dept_head for the point's own department.
SELECT rp.id, rp.next_review_date, d.name AS department_name, rp.category, a.id AS account_id
FROM risk_points rp
JOIN departments d ON d.id = rp.department_id
JOIN role_grants g ON g.role = 'dept_head' AND g.scope = 'department' AND g.scope_ref = rp.department_id
JOIN accounts a ON a.id = g.account_id AND a.status = 'active'
WHERE rp.status = 'approved' AND rp.next_review_date IS NOT NULL AND rp.next_review_date <= ?
ORDER BY rp.id, a.id
