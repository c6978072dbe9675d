-- A year's responsibility-list items (not archived); the WHERE marker adds kind and visibility.
SELECT i.id, i.year, i.kind, i.person_id, COALESCE(p.name, '') AS person_name, i.sort_order, i.content,
       i.copied_from_id, i.updated_at
FROM duty_list_items i LEFT JOIN people p ON p.id = i.person_id
WHERE i.year = ? AND i.archived_at IS NULL AND /*WHERE*/
ORDER BY CASE i.kind WHEN 'primary' THEN 0 WHEN 'supervisory' THEN 1 ELSE 2 END, person_name, i.person_id, i.sort_order, i.id
