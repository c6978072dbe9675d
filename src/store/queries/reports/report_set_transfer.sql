-- 转办: the report leaves for another unit; the transfer record is sealed (matter key).
UPDATE reports SET status = ?, transfer_sealed = ?, updated_at = ? WHERE id = ?
