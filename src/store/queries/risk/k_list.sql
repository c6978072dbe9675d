-- Execution checks of negative lists in the caller's scope (the WHERE marker), newest
-- first, with the count of each result and of open rectifications.
SELECT k.id, k.department_id, d.name AS department_name, k.negative_list_id, k.list_revision, k.year,
  k.check_date, k.summary, k.checker_name, k.created_at,
  (SELECT COUNT(*) FROM risk_check_items i WHERE i.check_id = k.id AND i.result = 'executed') AS executed,
  (SELECT COUNT(*) FROM risk_check_items i WHERE i.check_id = k.id AND i.result = 'partial') AS partial,
  (SELECT COUNT(*) FROM risk_check_items i WHERE i.check_id = k.id AND i.result = 'not_executed') AS not_executed,
  (SELECT COUNT(*) FROM risk_check_items i WHERE i.check_id = k.id AND i.rectify_state = 'open') AS open_rectifications
FROM risk_checks k JOIN departments d ON d.id = k.department_id
WHERE /*WHERE*/
ORDER BY k.check_date DESC, k.id DESC
