-- A resolved event that applies again (a signature awaited again at the same step) is
-- a new task: open and unread again.
UPDATE inbox_messages SET resolved_at = NULL, read_at = NULL, created_at = ?
WHERE account_id = ? AND event_key = ? AND resolved_at IS NOT NULL
