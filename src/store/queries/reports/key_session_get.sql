SELECT account_id, secret_boxed FROM report_key_sessions WHERE session_id = ?
