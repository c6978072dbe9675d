INSERT INTO approval_documents (person_id, doc_type, number_sealed, expires_on, status, created_by, created_at, updated_at)
VALUES (?, ?, '', ?, 'in_custody', ?, ?, ?) RETURNING id
