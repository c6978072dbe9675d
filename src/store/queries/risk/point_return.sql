UPDATE risk_points SET status = 'returned', return_reason = ? WHERE id = ? AND status = 'submitted'
