-- A person's placement on a day: the latest position event effective on or before it.
SELECT e.department_id, COALESCE(ps.name, '') AS position_name
FROM position_events e
LEFT JOIN positions ps ON ps.id = e.position_id
WHERE e.person_id = ? AND e.effective_date <= ?
ORDER BY e.effective_date DESC, e.id DESC
LIMIT 1
