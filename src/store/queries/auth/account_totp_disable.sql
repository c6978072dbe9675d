UPDATE accounts SET totp_secret = NULL, totp_enabled = 0, totp_last_step = 0 WHERE id = ?
