SELECT recovery_public_key, server_secret FROM report_key_settings WHERE id = 1
