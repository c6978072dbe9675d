-- Tasks the caller sees (SCOPE marker over t), filtered (WHERE marker), sorted (ORDER marker), one page.
SELECT t.id, t.work_point_id, w.title AS work_point_title, w.year, t.title, t.owner_department_id,
       d.name AS department_name, t.owner_person_id, COALESCE(p.name, '') AS person_name, t.deadline_date,
       t.status, t.progress, t.done_date, t.updated_at
FROM duty_tasks t
JOIN duty_work_points w ON w.id = t.work_point_id AND w.archived_at IS NULL
JOIN departments d ON d.id = t.owner_department_id
LEFT JOIN people p ON p.id = t.owner_person_id
WHERE t.archived_at IS NULL AND /*SCOPE*/ AND /*WHERE*/
ORDER BY /*ORDER*/
LIMIT ? OFFSET ?
