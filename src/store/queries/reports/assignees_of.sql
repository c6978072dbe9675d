SELECT s.account_id, a.display_name FROM report_assignments s JOIN accounts a ON a.id = s.account_id
WHERE s.report_id = ? ORDER BY s.account_id
