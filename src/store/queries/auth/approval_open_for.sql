-- Open approvals about one account (of one kind, or of any kind when the kind is '').
SELECT id, kind FROM account_approvals
WHERE account_id = ? AND status = 'pending' AND (? = '' OR kind = ?)
