DELETE FROM sessions WHERE account_id = ? AND id <> ?
