SELECT b.id, b.unit_id, b.name, b.code, b.secretary_person_id, b.sort_order, b.archived_at, b.archive_reason,
       COALESCE(s.name, '') AS secretary_name,
       (SELECT COUNT(*) FROM people p WHERE p.branch_id = b.id AND p.status = 'active') AS people_count
FROM branches b LEFT JOIN people s ON s.id = b.secretary_person_id
WHERE (? = 1 OR b.archived_at IS NULL)
ORDER BY b.sort_order, b.id
