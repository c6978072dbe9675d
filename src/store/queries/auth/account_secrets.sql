SELECT password_hash, totp_secret, totp_enabled, totp_last_step FROM accounts WHERE id = ?
