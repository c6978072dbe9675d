SELECT tp.talk_id, tp.department_id
FROM talk_participants tp
JOIN integrity_talks t ON t.id = tp.talk_id
WHERE t.archived_at IS NULL
ORDER BY tp.talk_id, tp.sort_order, tp.id
