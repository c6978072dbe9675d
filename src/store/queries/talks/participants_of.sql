SELECT tp.person_id, tp.name, tp.department_id, COALESCE(d.name, '') AS department_name, tp.position_name
FROM talk_participants tp
LEFT JOIN departments d ON d.id = tp.department_id
WHERE tp.talk_id = ?
ORDER BY tp.sort_order, tp.id
