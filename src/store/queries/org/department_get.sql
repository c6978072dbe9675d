SELECT d.id, d.unit_id, d.parent_id, d.name, d.code, d.sort_order, d.archived_at, d.archive_reason,
       (SELECT COUNT(*) FROM people p WHERE p.department_id = d.id AND p.status = 'active') AS people_count
FROM departments d WHERE d.id = ?
