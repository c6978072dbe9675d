-- Parameters: until, account id, until.
UPDATE accounts SET throttled_until = ? WHERE id = ? AND (throttled_until IS NULL OR throttled_until < ?)
