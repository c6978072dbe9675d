SELECT year, department_id FROM risk_negative_lists WHERE id = ?
