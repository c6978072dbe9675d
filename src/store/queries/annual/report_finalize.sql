UPDATE annual_reports SET status = 'final', seq = ?, number = ?, doc_number = ?, rendered = ?, version = version + 1, finalized_by = ?, finalized_at = ?, updated_at = ?
WHERE id = ? AND status = 'draft' AND version = ?
