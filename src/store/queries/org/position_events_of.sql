SELECT e.id, e.person_id, e.kind, e.department_id, e.position_id, COALESCE(e.rank, '') AS rank, e.effective_date,
       COALESCE(e.note, '') AS note, e.created_at, e.created_by,
       COALESCE(d.name, '') AS department_name, COALESCE(ps.name, '') AS position_name
FROM position_events e
LEFT JOIN departments d ON d.id = e.department_id
LEFT JOIN positions ps ON ps.id = e.position_id
WHERE e.person_id = ?
ORDER BY e.effective_date, e.id
