-- Replaces a stored TOTP secret by its sealed form (a clear-text secret at start-up, or
-- any secret sealed again with a new server key); a no-op when another process sealed
-- (or the user changed) it meanwhile. Parameters: sealed, id, the value read.
UPDATE accounts SET totp_secret = ? WHERE id = ? AND totp_secret = ?
