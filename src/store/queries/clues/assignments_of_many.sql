-- Assignments in force of several clues (the IDS marker), oldest first.
SELECT a.id, a.clue_id, a.account_id, COALESCE(ac.display_name, '') AS display_name, a.part, a.assigned_by,
       a.assigned_at, a.ended_at
FROM clue_assignments a
LEFT JOIN accounts ac ON ac.id = a.account_id
WHERE a.clue_id IN (/*IDS*/) AND a.ended_at IS NULL
ORDER BY a.clue_id, a.assigned_at, a.id
