-- A change of an item, only from the version read (else nothing changes: stale).
UPDATE verification_items SET status = ?, content_sealed = ?, version = version + 1, updated_at = ?
WHERE id = ? AND version = ?
