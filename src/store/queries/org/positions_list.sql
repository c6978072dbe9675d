SELECT ps.id, ps.department_id, d.name AS department_name, ps.name, ps.is_key_position, ps.sort_order,
       ps.archived_at, ps.archive_reason
FROM positions ps JOIN departments d ON d.id = ps.department_id
WHERE (CAST(? AS BIGINT) IS NULL OR ps.department_id = ?) AND (? = 1 OR ps.archived_at IS NULL)
ORDER BY d.sort_order, d.id, ps.sort_order, ps.id
