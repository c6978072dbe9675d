UPDATE approval_documents SET status = ?, updated_at = ? WHERE id = ? AND status = ?
