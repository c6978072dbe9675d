UPDATE risk_negative_lists SET items = ?, revision = revision + 1, updated_at = ?, updated_by = ? WHERE id = ?
