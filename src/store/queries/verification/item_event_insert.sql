INSERT INTO verification_item_events (item_id, action, account_id, actor_name, at) VALUES (?, ?, ?, ?, ?) RETURNING id
