SELECT COUNT(*) AS n FROM risk_points
