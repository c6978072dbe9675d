UPDATE risk_points SET status = 'approved', return_reason = NULL, last_reviewed_date = ?, next_review_date = ?
WHERE id = ? AND status = 'submitted'
