-- Every active department in the caller's scope (the WHERE marker over d) and its list of the year.
SELECT d.id AS department_id, d.name AS department_name, l.id AS list_id, COALESCE(l.items, '') AS items
FROM departments d LEFT JOIN risk_negative_lists l ON l.department_id = d.id AND l.year = ?
WHERE d.archived_at IS NULL AND /*WHERE*/
ORDER BY d.sort_order, d.id
