DELETE FROM risk_measures WHERE risk_point_id = ?
