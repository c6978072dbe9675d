-- Negative lists of a year in the caller's scope (the WHERE marker), with the acknowledgements
-- of their current revision and the department's active people.
SELECT l.id, l.department_id, d.name AS department_name, l.year, l.items, l.revision, l.updated_at,
  (SELECT COUNT(*) FROM risk_acknowledgements a JOIN people pp ON pp.id = a.person_id
    WHERE a.object_type = 'negative_list' AND a.object_id = l.id AND a.revision = l.revision
      AND pp.department_id = l.department_id) AS acknowledged,
  (SELECT COUNT(*) FROM people pp WHERE pp.department_id = l.department_id AND pp.status = 'active'
      AND pp.archived_at IS NULL) AS staff
FROM risk_negative_lists l JOIN departments d ON d.id = l.department_id
WHERE l.year = ? AND /*WHERE*/
ORDER BY d.sort_order, d.id
