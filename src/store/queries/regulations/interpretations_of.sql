-- The interpretations naming a regulation (the caller filters by what the reader may see).
SELECT ri.education_item_id, v.version_no
FROM regulation_interpretations ri
JOIN education_items i ON i.id = ri.education_item_id
LEFT JOIN regulation_versions v ON v.id = ri.version_id
WHERE ri.regulation_id = ? AND i.archived_at IS NULL
ORDER BY i.published_on DESC, i.id DESC
