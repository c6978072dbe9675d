-- The findings of a year's checks (not archived) and their rectification state, with
-- the check's kind (the 违反中央八项规定精神 special rectification counts its own).
SELECT i.id, c.number, c.kind AS check_kind, i.seq, i.finding, i.owner_department_id, i.deadline, i.state, i.closed_on
FROM rectification_items i
JOIN inspection_checks c ON c.id = i.check_id
WHERE c.year = ? AND c.archived_at IS NULL
ORDER BY c.seq, i.seq
