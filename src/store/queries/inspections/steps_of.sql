SELECT id, action, from_state, to_state, note, evidence, by_name, at
FROM rectification_steps WHERE item_id = ? ORDER BY id
