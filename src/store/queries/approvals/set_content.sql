UPDATE approval_requests SET content_sealed = ? WHERE id = ?
