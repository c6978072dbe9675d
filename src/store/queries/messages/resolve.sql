UPDATE inbox_messages SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL
