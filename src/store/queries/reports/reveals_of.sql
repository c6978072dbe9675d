SELECT q.id, q.report_id, q.requester_id, a.display_name AS requester_name, q.reason, q.status, q.opinion, q.created_at, q.decided_at
FROM report_reveal_requests q JOIN accounts a ON a.id = q.requester_id
WHERE q.report_id = ? ORDER BY q.id
