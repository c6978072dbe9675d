UPDATE reports SET awaiting_reply = ?, updated_at = ? WHERE id = ?
