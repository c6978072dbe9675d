SELECT COUNT(*) AS n
FROM education_assignments a
JOIN education_items i ON i.id = a.item_id
WHERE a.person_id = ? AND a.confirmed_at IS NULL AND i.archived_at IS NULL
