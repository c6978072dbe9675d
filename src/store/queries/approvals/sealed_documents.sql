SELECT id, number_sealed FROM approval_documents ORDER BY id
