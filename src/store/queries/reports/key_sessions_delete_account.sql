DELETE FROM report_key_sessions WHERE account_id = ?
