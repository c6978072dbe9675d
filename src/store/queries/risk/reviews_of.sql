SELECT id, action, reason, level, actor_name, created_at FROM risk_reviews WHERE risk_point_id = ? ORDER BY id
