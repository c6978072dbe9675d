-- Every (account, event) of one feed, open or resolved (to tell new events from known).
SELECT account_id, event_key, resolved_at FROM inbox_messages WHERE source = ?
