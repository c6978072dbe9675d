DELETE FROM report_key_wraps WHERE report_id = ? AND account_id = ?
