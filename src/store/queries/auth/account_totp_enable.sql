UPDATE accounts SET totp_enabled = 1, totp_last_step = ? WHERE id = ? AND totp_secret IS NOT NULL
