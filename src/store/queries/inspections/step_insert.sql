INSERT INTO rectification_steps (item_id, action, from_state, to_state, note, evidence, by_account, by_name, at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
