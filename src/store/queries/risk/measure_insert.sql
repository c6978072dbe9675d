INSERT INTO risk_measures (risk_point_id, measure, owner_person_id, owner_name, sort_order)
VALUES (?, ?, ?, ?, ?) RETURNING id
