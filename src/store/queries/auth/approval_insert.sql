INSERT INTO account_approvals (kind, account_id, requested_by, requested_at, grants, summary, status)
VALUES (?, ?, ?, ?, ?, ?, 'pending')
RETURNING id
