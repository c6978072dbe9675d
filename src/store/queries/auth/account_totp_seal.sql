-- Replaces a clear-text TOTP secret by its sealed form; a no-op when another process
-- sealed (or the user changed) it meanwhile. Parameters: sealed, id, the clear text read.
UPDATE accounts SET totp_secret = ? WHERE id = ? AND totp_secret = ?
