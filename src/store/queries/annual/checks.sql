-- Special checks of a year (not archived); the checks behind case-driven reform notices
-- (kind case_reform, 以案促改) are not special checks and are not counted.
SELECT c.id, c.number, c.title, c.start_date, c.end_date
FROM inspection_checks c
WHERE c.year = ? AND c.archived_at IS NULL AND c.kind <> 'case_reform'
ORDER BY c.seq
