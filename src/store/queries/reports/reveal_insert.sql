INSERT INTO report_reveal_requests (report_id, requester_id, reason, status, created_at)
VALUES (?, ?, ?, 'pending', ?) RETURNING id
