INSERT INTO duty_assess_items (year, sort_order, title, weight, scoring_rule, work_point_id, copied_from_id,
                               created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
