UPDATE login_throttle SET blocked_until = ? WHERE subject = ?
