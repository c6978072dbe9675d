-- persons_of for several clues at once (the IDS marker: ?, ?, …).
SELECT cp.clue_id, cp.ord, cp.person_id, cp.name, cp.position, cp.department_id, COALESCE(d.name, '') AS department_name
FROM clue_persons cp
LEFT JOIN departments d ON d.id = cp.department_id
WHERE cp.clue_id IN (/*IDS*/)
ORDER BY cp.clue_id, cp.ord
