UPDATE reports SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?
