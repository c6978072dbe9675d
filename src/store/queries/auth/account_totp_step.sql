UPDATE accounts SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?
