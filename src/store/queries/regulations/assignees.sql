SELECT a.person_id, p.name, d.name AS department_name, a.acknowledged_at
FROM regulation_assignments a
JOIN people p ON p.id = a.person_id
LEFT JOIN departments d ON d.id = a.department_id
WHERE a.version_id = ? AND /*SCOPE*/
ORDER BY d.sort_order, a.department_id, p.employee_no, p.id
