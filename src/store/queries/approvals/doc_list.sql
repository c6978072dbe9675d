-- The documents in the caller's reach (the WHERE marker), open loans joined.
SELECT d.id, d.person_id, d.doc_type, d.number_sealed, d.expires_on, d.status, d.created_at, d.updated_at, p.name AS person_name, p.department_id, p.branch_id, COALESCE(dp.name, '') AS department_name, l.id AS loan_id, l.request_id AS loan_request_id, l.lent_on, l.due_on
FROM approval_documents d JOIN people p ON p.id = d.person_id LEFT JOIN departments dp ON dp.id = p.department_id
     LEFT JOIN approval_loans l ON l.document_id = d.id AND l.returned_on IS NULL
WHERE /*WHERE*/
ORDER BY CASE WHEN l.id IS NULL THEN 1 ELSE 0 END, l.due_on, p.employee_no, d.id LIMIT ? OFFSET ?
