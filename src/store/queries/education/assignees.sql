SELECT a.person_id, p.name, d.name AS department_name, a.confirmed_at
FROM education_assignments a
JOIN people p ON p.id = a.person_id
LEFT JOIN departments d ON d.id = a.department_id
WHERE a.item_id = ? AND /*SCOPE*/
ORDER BY d.sort_order, a.department_id, p.employee_no, p.id
