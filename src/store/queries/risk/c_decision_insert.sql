INSERT INTO risk_consultation_decisions (consultation_id, sort_order, content, created_at)
VALUES (?, ?, ?, ?) RETURNING id
