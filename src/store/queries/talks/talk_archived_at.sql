SELECT archived_at FROM integrity_talks WHERE id = ?
