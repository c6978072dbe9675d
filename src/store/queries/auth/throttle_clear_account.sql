DELETE FROM login_throttle WHERE account_id = ?
