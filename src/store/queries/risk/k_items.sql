SELECT id, item_no, item_text, result, note, owner_person_id, owner_name, deadline, rectify_state, rectify_note,
  rectified_at
FROM risk_check_items WHERE check_id = ? ORDER BY item_no, id
