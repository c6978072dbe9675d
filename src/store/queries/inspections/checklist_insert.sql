INSERT INTO inspection_checklist_items (check_id, seq, content) VALUES (?, ?, ?) RETURNING id
