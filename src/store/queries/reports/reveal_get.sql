SELECT id, report_id, requester_id, reason, status, decided_by, decided_at, opinion, created_at FROM report_reveal_requests WHERE id = ?
