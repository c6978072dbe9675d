-- One request.
SELECT r.id, r.purpose, r.purpose_note, r.requested_by, r.created_at, r.requester_account_id,
       COALESCE(a.display_name, '') AS requester_name,
       (SELECT COUNT(*) FROM opinion_answers o WHERE o.request_id = r.id) AS total,
       (SELECT COUNT(*) FROM opinion_answers o WHERE o.request_id = r.id AND o.status = 'approved') AS approved
FROM opinion_requests r LEFT JOIN accounts a ON a.id = r.requester_account_id
WHERE r.id = ?
