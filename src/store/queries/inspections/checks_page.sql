-- The checks a reader may see (scope over alias c spliced by the caller), newest first,
-- with the counts of the ledger items the reader may see (item scope over alias i).
SELECT c.id, c.number, c.year, c.kind, c.title, c.plan, c.start_date, c.end_date, c.created_at, c.archived_at,
       (SELECT COUNT(*) FROM rectification_items i WHERE i.check_id = c.id AND /*ITEMSCOPE*/) AS items,
       (SELECT COUNT(*) FROM rectification_items i WHERE i.check_id = c.id AND i.state = 'closed' AND /*ITEMSCOPE*/) AS closed
FROM inspection_checks c
WHERE c.archived_at IS NULL AND /*SCOPE*/
ORDER BY c.start_date DESC, c.id DESC
LIMIT ? OFFSET ?
