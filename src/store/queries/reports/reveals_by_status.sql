SELECT q.id, q.report_id, r.register_number, q.requester_id, a.display_name AS requester_name, q.reason, q.status, q.opinion, q.created_at, q.decided_at
FROM report_reveal_requests q JOIN accounts a ON a.id = q.requester_id JOIN reports r ON r.id = q.report_id
WHERE q.status = ? ORDER BY q.id
