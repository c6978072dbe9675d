INSERT INTO report_attachments (report_id, ord, filename_sealed, content_type, size, content_sealed, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
