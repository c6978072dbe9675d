SELECT id, content_sealed FROM verification_items WHERE content_sealed <> '' ORDER BY id
