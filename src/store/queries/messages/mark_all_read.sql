UPDATE inbox_messages SET read_at = ? WHERE account_id = ? AND read_at IS NULL AND resolved_at IS NULL
