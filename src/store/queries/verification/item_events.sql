SELECT action, account_id, actor_name, at FROM verification_item_events WHERE item_id = ? ORDER BY id
