UPDATE report_reveal_requests SET status = ?, decided_by = ?, decided_at = ?, opinion = ? WHERE id = ? AND status = 'pending'
