DELETE FROM report_key_wraps WHERE report_id IS NULL AND part = 'link' AND account_id = ?
