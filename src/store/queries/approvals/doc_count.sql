SELECT COUNT(*) AS n FROM approval_documents d JOIN people p ON p.id = d.person_id LEFT JOIN departments dp ON dp.id = p.department_id
     LEFT JOIN approval_loans l ON l.document_id = d.id AND l.returned_on IS NULL WHERE /*WHERE*/
