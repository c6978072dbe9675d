SELECT password_hash FROM password_history WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?
