-- Published typical cases, newest first, for choosing a reform's source.
SELECT id, title, published_on FROM education_items
WHERE kind = 'case' AND archived_at IS NULL
ORDER BY published_on DESC, id DESC
LIMIT 200
