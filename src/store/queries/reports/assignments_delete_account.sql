DELETE FROM report_assignments WHERE account_id = ?
