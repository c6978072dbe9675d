INSERT INTO approval_loans (document_id, request_id, lent_on, due_on, lent_by, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id
