INSERT INTO report_key_sessions (session_id, account_id, secret_boxed, created_at) VALUES (?, ?, ?, ?)
