-- Points per department × category × level in the caller's scope (the WHERE marker).
SELECT rp.department_id, d.name AS department_name, rp.category, rp.level, COUNT(*) AS n
FROM risk_points rp JOIN departments d ON d.id = rp.department_id
WHERE /*WHERE*/
GROUP BY rp.department_id, d.name, d.sort_order, rp.category, rp.level
ORDER BY d.sort_order, rp.department_id, rp.category, rp.level
