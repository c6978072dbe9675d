SELECT DISTINCT report_id FROM report_key_wraps WHERE account_id = ? AND report_id IS NOT NULL ORDER BY report_id
