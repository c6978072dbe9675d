SELECT id, items, revision FROM risk_negative_lists WHERE department_id = ? AND year = ?
