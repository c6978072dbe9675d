DELETE FROM report_key_sessions WHERE session_id = ?
