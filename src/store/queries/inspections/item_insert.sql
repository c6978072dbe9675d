INSERT INTO rectification_items (check_id, seq, checklist_item_id, finding, owner_department_id, measures, deadline,
                                 state, created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, 'rectifying', ?, ?, ?)
RETURNING id
