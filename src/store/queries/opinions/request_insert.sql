-- A new request for integrity opinions.
INSERT INTO opinion_requests (purpose, purpose_note, requested_by, requester_account_id, created_at)
VALUES (?, ?, ?, ?, ?) RETURNING id
