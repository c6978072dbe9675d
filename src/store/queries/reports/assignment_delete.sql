DELETE FROM report_assignments WHERE report_id = ? AND account_id = ?
