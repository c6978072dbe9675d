-- Acknowledgements of one version per department (the department at assignment), over
-- the assignments the reader may see (condition over alias a spliced by the caller).
SELECT a.department_id, d.name AS department_name, d.sort_order, COUNT(*) AS assigned,
       SUM(CASE WHEN a.acknowledged_at IS NULL THEN 0 ELSE 1 END) AS acknowledged
FROM regulation_assignments a
LEFT JOIN departments d ON d.id = a.department_id
WHERE a.version_id = ? AND /*SCOPE*/
GROUP BY a.department_id, d.name, d.sort_order
ORDER BY d.sort_order, a.department_id
