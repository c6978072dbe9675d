DELETE FROM login_rate WHERE window_start < ?
