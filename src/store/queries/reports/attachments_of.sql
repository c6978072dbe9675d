SELECT id, ord, filename_sealed, content_type, size FROM report_attachments WHERE report_id = ? ORDER BY ord
