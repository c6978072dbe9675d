-- The open messages of one feed (what a sweep compares with the feed's current set).
SELECT id, account_id, event_key FROM inbox_messages WHERE source = ? AND resolved_at IS NULL
