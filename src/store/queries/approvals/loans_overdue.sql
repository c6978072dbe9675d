-- Open loans past their due date, with the holder's placement (reminders, dashboard).
SELECT l.id AS loan_id, l.due_on, d.id AS document_id, d.doc_type, p.id AS person_id, p.name AS person_name,
       p.department_id, p.branch_id
FROM approval_loans l JOIN approval_documents d ON d.id = l.document_id JOIN people p ON p.id = d.person_id
WHERE l.returned_on IS NULL AND l.due_on < ?
ORDER BY l.due_on, l.id
