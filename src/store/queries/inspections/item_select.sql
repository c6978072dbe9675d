-- Ledger rows: the item with its check and owner department. Callers splice the
-- condition and the order and paging.
SELECT i.id, i.check_id, i.seq, i.checklist_item_id, i.finding, i.owner_department_id, i.measures, i.deadline,
       i.state, i.progress, i.evidence, i.verification, i.reported_at, i.closed_at, i.closed_on, i.created_at,
       i.updated_at, c.number AS check_number, c.title AS check_title, c.kind AS check_kind,
       d.name AS department_name, ci.content AS checklist_content
FROM rectification_items i
JOIN inspection_checks c ON c.id = i.check_id
JOIN departments d ON d.id = i.owner_department_id
LEFT JOIN inspection_checklist_items ci ON ci.id = i.checklist_item_id
WHERE /*WHERE*/
/*TAIL*/
