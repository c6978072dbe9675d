SELECT account_id, public_key, endorsed_at FROM report_readers WHERE account_id = ?
