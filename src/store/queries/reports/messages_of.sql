SELECT m.id, m.ord, m.direction, m.body_sealed, m.author_account_id, a.display_name AS author_name, m.in_reply_to, m.created_at
FROM report_messages m LEFT JOIN accounts a ON a.id = m.author_account_id
WHERE m.report_id = ? ORDER BY m.ord
