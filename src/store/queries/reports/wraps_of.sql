SELECT part, account_id, sealed FROM report_key_wraps WHERE report_id = ? ORDER BY id
