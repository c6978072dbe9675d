SELECT r.id, r.kind, r.status, r.decided_at, p.department_id, p.name AS person_name
FROM approval_requests r JOIN people p ON p.id = r.person_id
ORDER BY r.id
