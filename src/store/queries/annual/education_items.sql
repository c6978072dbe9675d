-- Warning-education notices and typical cases published in a period (not archived),
-- with the departments they were assigned to (department at assignment; an item with
-- no assignment: one row, no department).
SELECT i.id, i.kind, i.number, i.title, i.published_on, a.department_id
FROM education_items i
LEFT JOIN (SELECT DISTINCT item_id, department_id FROM education_assignments) a ON a.item_id = i.id
WHERE i.archived_at IS NULL AND i.kind IN ('notice', 'case') AND i.published_on >= ? AND i.published_on <= ?
ORDER BY i.published_on, i.id
