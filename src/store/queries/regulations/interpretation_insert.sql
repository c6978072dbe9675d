INSERT INTO regulation_interpretations (education_item_id, regulation_id, version_id, created_at) VALUES (?, ?, ?, ?) RETURNING id
