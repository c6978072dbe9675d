-- Case reforms with their check's number and the counts of its ledger items (archived
-- checks left out); callers splice the condition over aliases f and c, then the order
-- and paging.
SELECT f.id, f.number, f.year, f.check_id, c.number AS check_number, f.source_kind, f.clue_id,
       f.education_item_id, f.title, f.summary, f.loopholes, f.issued_on, f.created_at
FROM case_reforms f
JOIN inspection_checks c ON c.id = f.check_id
WHERE c.archived_at IS NULL AND /*WHERE*/
/*TAIL*/
