SELECT id, ord, filename_sealed, content_sealed FROM report_attachments WHERE report_id = ? ORDER BY ord
