-- Items not closed whose deadline falls on or before ? (the due-soon horizon), or that
-- wait for verification: what the message centre's rectification feed reminds of.
SELECT i.id, i.seq, i.state, i.deadline, i.owner_department_id, c.number AS check_number, d.name AS department_name
FROM rectification_items i
JOIN inspection_checks c ON c.id = i.check_id
JOIN departments d ON d.id = i.owner_department_id
WHERE c.archived_at IS NULL AND (i.state = 'reported' OR (i.state = 'rectifying' AND i.deadline <= ?))
ORDER BY i.id
