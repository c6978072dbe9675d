UPDATE inbox_messages SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL
