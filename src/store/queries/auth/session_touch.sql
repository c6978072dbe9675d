UPDATE sessions SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?
