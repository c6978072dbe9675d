-- The approved applications (trips, side jobs, relatives' businesses) of the leading cadres
-- in service: the declaration-side inputs of a cross-check run. The content is sealed.
SELECT r.id, r.kind, r.depart_date, r.return_date, r.actual_depart_date, r.actual_return_date, r.decided_at,
       r.content_sealed, p.employee_no, p.name
FROM approval_requests r JOIN people p ON p.id = r.person_id
WHERE p.is_leading_cadre = 1 AND p.status = 'active' AND r.status = 'approved'
ORDER BY p.employee_no, r.id
