INSERT INTO report_key_settings (id, recovery_public_key, server_secret, created_by, created_at) VALUES (1, ?, ?, ?, ?)
