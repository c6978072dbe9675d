INSERT INTO risk_consultation_points (consultation_id, risk_point_id) VALUES (?, ?)
