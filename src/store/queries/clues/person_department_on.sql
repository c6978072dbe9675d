-- The department of a person on a day: the last position event on or before it that
-- placed the person; else the current placement when no event is recorded.
SELECT COALESCE(
  (SELECT e.department_id FROM position_events e
   WHERE e.person_id = p.id AND e.effective_date <= ? AND e.kind <> 'leave' AND e.department_id IS NOT NULL
   ORDER BY e.effective_date DESC, e.id DESC LIMIT 1),
  p.department_id) AS department_id,
  p.name, COALESCE(ps.name, '') AS position_name
FROM people p
LEFT JOIN positions ps ON ps.id = p.position_id
WHERE p.id = ?
