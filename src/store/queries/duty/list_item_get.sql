SELECT i.id, i.year, i.kind, i.person_id, COALESCE(p.name, '') AS person_name, i.sort_order, i.content,
       i.copied_from_id, i.updated_at
FROM duty_list_items i LEFT JOIN people p ON p.id = i.person_id
WHERE i.id = ? AND i.archived_at IS NULL
