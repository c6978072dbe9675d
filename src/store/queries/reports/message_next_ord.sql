SELECT COALESCE(MAX(ord), 0) + 1 AS ord FROM report_messages WHERE report_id = ?
