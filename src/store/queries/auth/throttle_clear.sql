DELETE FROM login_throttle WHERE subject = ?
