SELECT id, ord, filename_sealed, content_type, size, content_sealed FROM report_attachments WHERE report_id = ? AND id = ?
