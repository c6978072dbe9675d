INSERT INTO risk_check_items (check_id, item_no, item_text, result, note, owner_person_id, owner_name, deadline,
  rectify_state)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
