DELETE FROM report_readers WHERE account_id = ?
