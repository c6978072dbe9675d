INSERT INTO talk_participants (talk_id, person_id, name, department_id, position_name, sort_order)
VALUES (?, ?, ?, ?, ?, ?) RETURNING id
