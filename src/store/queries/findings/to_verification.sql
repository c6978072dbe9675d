-- Records the verification item a finding was turned into (once).
UPDATE findings SET verification_item_id = ?, version = version + 1, updated_at = ?
WHERE id = ? AND verification_item_id IS NULL
