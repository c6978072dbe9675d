SELECT r.id, r.kind, r.status, r.decided_at, p.department_id
FROM approval_requests r JOIN people p ON p.id = r.person_id
ORDER BY r.id
