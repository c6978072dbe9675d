UPDATE approval_requests SET actual_depart_date = ?, actual_return_date = ?, version = version + 1, updated_at = ?
WHERE id = ?
