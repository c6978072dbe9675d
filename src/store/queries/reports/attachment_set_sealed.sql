UPDATE report_attachments SET filename_sealed = ?, content_sealed = ? WHERE id = ?
