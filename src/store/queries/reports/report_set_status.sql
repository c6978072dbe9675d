UPDATE reports SET status = ?, updated_at = ? WHERE id = ?
