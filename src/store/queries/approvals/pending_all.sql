-- Pending and returned applications (reminders): who, which step.
SELECT r.id, r.kind, r.status, r.acting_role, r.person_id, p.name AS person_name, p.department_id, p.branch_id
FROM approval_requests r JOIN people p ON p.id = r.person_id
WHERE r.status IN ('pending', 'returned') ORDER BY r.id
