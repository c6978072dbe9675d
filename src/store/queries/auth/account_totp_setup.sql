UPDATE accounts SET totp_secret = ?, totp_enabled = 0 WHERE id = ?
