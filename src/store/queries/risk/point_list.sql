-- Risk points in the caller's scope (the WHERE marker holds the scope and filters), highest level first.
SELECT rp.id, rp.department_id, d.name AS department_name, rp.position_id, COALESCE(p.name, '') AS position_name,
       rp.category, rp.description, rp.likelihood, rp.impact, rp.level, rp.status,
       COALESCE(rp.return_reason, '') AS return_reason, rp.last_reviewed_date, rp.next_review_date,
       rp.revision, rp.updated_at
FROM risk_points rp
JOIN departments d ON d.id = rp.department_id
LEFT JOIN positions p ON p.id = rp.position_id
WHERE /*WHERE*/
ORDER BY rp.level, d.sort_order, d.id, rp.id
LIMIT ? OFFSET ?
