-- One item with its person's placement (data scope) and round.
SELECT i.id, i.member_id, i.person_id, i.form_revision, i.status, i.content_sealed, i.version, i.created_at,
       i.updated_at, p.name AS person_name, p.department_id, p.branch_id, COALESCE(dp.name, '') AS department_name,
       r.round_year, r.id AS round_id
FROM verification_items i JOIN people p ON p.id = i.person_id LEFT JOIN departments dp ON dp.id = p.department_id
     JOIN verification_members m ON m.id = i.member_id JOIN verification_rounds r ON r.id = m.round_id
WHERE i.id = ?
