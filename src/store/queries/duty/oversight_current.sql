-- Current oversight (分管) on a date, with names.
SELECT o.id, o.person_id, p.name AS person_name, o.department_id, d.name AS department_name, o.since_date
FROM department_oversight o
JOIN people p ON p.id = o.person_id
JOIN departments d ON d.id = o.department_id
WHERE o.since_date <= ? AND (o.until_date IS NULL OR o.until_date >= ?)
ORDER BY p.name, o.person_id, d.sort_order, d.id
