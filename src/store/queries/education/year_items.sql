SELECT i.kind, COUNT(*) AS n FROM education_items i
WHERE i.archived_at IS NULL AND i.published_on >= ? AND i.published_on <= ?
GROUP BY i.kind
