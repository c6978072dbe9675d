-- Without the bytes: whether a row is still clear comes from the partial index of
-- migration 0042, not from the row (its sealed column follows the content).
SELECT t.id, t.clue_id, t.filename, t.kind, t.content_type, t.size, t.sha256, t.sm3, t.uploaded_by,
       COALESCE(a.display_name, '') AS uploaded_by_name, t.uploaded_at,
       CASE WHEN t.id IN (SELECT u.id FROM clue_attachments u WHERE u.clue_id = ? AND u.sealed = 0) THEN 0 ELSE 1 END
         AS sealed
FROM clue_attachments t
LEFT JOIN accounts a ON a.id = t.uploaded_by
WHERE t.clue_id = ? ORDER BY t.id
