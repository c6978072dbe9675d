-- Counts of one account's open messages by kind, and how many of them are unread.
SELECT kind, COUNT(*) AS n, SUM(CASE WHEN read_at IS NULL THEN 1 ELSE 0 END) AS unread
FROM inbox_messages WHERE account_id = ? AND resolved_at IS NULL GROUP BY kind
