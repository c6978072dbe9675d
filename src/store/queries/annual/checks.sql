SELECT c.id, c.number, c.title, c.start_date, c.end_date
FROM inspection_checks c
WHERE c.year = ? AND c.archived_at IS NULL
ORDER BY c.seq
