SELECT ps.id, ps.department_id, d.name AS department_name, ps.name, ps.is_key_position, ps.sort_order,
       ps.archived_at, ps.archive_reason
FROM positions ps JOIN departments d ON d.id = ps.department_id
WHERE ps.id = ?
