-- How many case reforms the reader may see (condition over aliases f and c spliced by the caller).
SELECT COUNT(*) AS n
FROM case_reforms f
JOIN inspection_checks c ON c.id = f.check_id
WHERE c.archived_at IS NULL AND /*WHERE*/
