UPDATE account_approvals SET status = ?, decided_by = ?, decided_at = ?, opinion = ?
WHERE id = ? AND status = 'pending'
