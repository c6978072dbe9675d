INSERT INTO report_key_wraps (report_id, part, account_id, sealed, created_at) VALUES (?, ?, ?, ?, ?)
