SELECT c.id, c.number, c.year, c.kind, c.title, c.plan, c.start_date, c.end_date, c.created_at, c.archived_at
FROM inspection_checks c
WHERE c.id = ?
