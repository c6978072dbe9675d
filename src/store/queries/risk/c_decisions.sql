-- A consultation's decisions with the duty task each became (if any).
SELECT cd.id, cd.sort_order, cd.content, cd.task_id, t.title AS task_title, t.deadline_date, t.status,
  COALESCE(td.name, '') AS task_department_name, COALESCE(tp.name, '') AS task_person_name
FROM risk_consultation_decisions cd
LEFT JOIN duty_tasks t ON t.id = cd.task_id
LEFT JOIN departments td ON td.id = t.owner_department_id
LEFT JOIN people tp ON tp.id = t.owner_person_id
WHERE cd.consultation_id = ?
ORDER BY cd.sort_order, cd.id
