SELECT 1 AS yes FROM report_assignments WHERE report_id = ? AND account_id = ?
