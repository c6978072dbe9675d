INSERT INTO risk_reviews (risk_point_id, action, reason, level, actor_account_id, actor_name, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
