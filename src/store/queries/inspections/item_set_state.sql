-- One transition of an item; `state = ?` (the state the caller read) makes a concurrent
-- transition fail instead of being overwritten.
UPDATE rectification_items
SET state = ?, progress = ?, evidence = ?, verification = ?, reported_at = ?, closed_at = ?, closed_on = ?,
    updated_at = ?
WHERE id = ? AND state = ?
