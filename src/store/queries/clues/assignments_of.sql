SELECT a.id, a.clue_id, a.account_id, COALESCE(ac.display_name, '') AS display_name, a.part, a.assigned_by,
       a.assigned_at, a.ended_at
FROM clue_assignments a
LEFT JOIN accounts ac ON ac.id = a.account_id
WHERE a.clue_id = ? AND (? = 1 OR a.ended_at IS NULL)
ORDER BY a.assigned_at, a.id
