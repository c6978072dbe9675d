-- Every item of a round's members (opened and filtered by the caller's reach in C++).
SELECT i.id, i.member_id, i.person_id, i.form_revision, i.status, i.content_sealed, i.version, i.created_at,
       i.updated_at
FROM verification_items i JOIN verification_members m ON m.id = i.member_id
WHERE m.round_id = ? ORDER BY i.id
