UPDATE reports SET status = ?, reason_sealed = ?, updated_at = ? WHERE id = ?
