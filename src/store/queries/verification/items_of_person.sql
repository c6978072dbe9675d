-- Every item of one person, with its round (latest year first).
SELECT i.id, i.member_id, i.person_id, i.form_revision, i.status, i.content_sealed, i.version, i.created_at,
       i.updated_at, r.round_year, r.id AS round_id
FROM verification_items i JOIN verification_members m ON m.id = i.member_id
     JOIN verification_rounds r ON r.id = m.round_id
WHERE i.person_id = ? ORDER BY r.round_year DESC, i.id
