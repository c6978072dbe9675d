-- People list: the WHERE and ORDER markers below are replaced by the data-scope and
-- filter conditions and by a whitelisted sort (domain/org/people.cpp); paging by LIMIT/OFFSET.
SELECT p.id, p.unit_id, p.employee_no, p.name, p.gender, p.id_number, p.department_id, p.branch_id,
       p.position_id, p.rank, p.is_leading_cadre, p.party_status, p.joined_date, p.phone, p.status,
       p.archive_reason, p.created_at, p.updated_at,
       COALESCE(d.name, '') AS department_name, COALESCE(b.name, '') AS branch_name,
       COALESCE(ps.name, '') AS position_name, COALESCE(ps.is_key_position, 0) AS is_key_position
FROM people p
LEFT JOIN departments d ON d.id = p.department_id
LEFT JOIN branches b ON b.id = p.branch_id
LEFT JOIN positions ps ON ps.id = p.position_id
WHERE /*WHERE*/
ORDER BY /*ORDER*/
LIMIT ? OFFSET ?
