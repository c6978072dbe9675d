SELECT t.id, t.clue_id, t.filename, t.kind, t.content_type, t.size, t.sha256, t.sm3, t.uploaded_by,
       COALESCE(a.display_name, '') AS uploaded_by_name, t.uploaded_at, t.sealed, t.content
FROM clue_attachments t
LEFT JOIN accounts a ON a.id = t.uploaded_by
WHERE t.clue_id = ? AND t.id = ?
