-- The read model of the lists: the WHERE marker holds the caller's reach and the filters.
SELECT r.id, r.person_id, r.kind, r.status, r.chain, r.step, r.acting_role, r.depart_date, r.return_date, r.actual_depart_date, r.actual_return_date, r.version, r.created_at, r.updated_at, r.decided_at, p.name AS person_name, p.is_leading_cadre, p.department_id, p.branch_id, COALESCE(dp.name, '') AS department_name
FROM approval_requests r JOIN people p ON p.id = r.person_id LEFT JOIN departments dp ON dp.id = p.department_id
WHERE /*WHERE*/
ORDER BY r.updated_at DESC, r.id DESC LIMIT ? OFFSET ?
