INSERT INTO clue_attachments (clue_id, filename, kind, content_type, size, sha256, sm3, content, uploaded_by, uploaded_at,
                              sealed)
VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, 1)
RETURNING id
