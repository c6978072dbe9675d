-- Completion of one course per department (the department at assignment), over the
-- assignments the reader may see (condition over alias a spliced by the caller).
-- failed: tested (a best score) and not passed yet.
SELECT a.department_id, d.name AS department_name, d.sort_order, COUNT(*) AS assigned,
       SUM(CASE WHEN a.passed_at IS NOT NULL THEN 1 ELSE 0 END) AS passed,
       SUM(CASE WHEN a.passed_at IS NULL AND a.best_score IS NOT NULL THEN 1 ELSE 0 END) AS failed
FROM training_assignments a
LEFT JOIN departments d ON d.id = a.department_id
WHERE a.course_id = ? AND /*SCOPE*/
GROUP BY a.department_id, d.name, d.sort_order
ORDER BY d.sort_order, a.department_id
