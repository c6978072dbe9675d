SELECT COUNT(*) AS n FROM approval_documents
