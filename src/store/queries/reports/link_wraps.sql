SELECT part, account_id, sealed FROM report_key_wraps WHERE report_id IS NULL AND part = 'link' ORDER BY id
