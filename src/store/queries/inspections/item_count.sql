SELECT COUNT(*) AS n
FROM rectification_items i
JOIN inspection_checks c ON c.id = i.check_id
WHERE /*WHERE*/
