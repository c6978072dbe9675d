SELECT COUNT(*) AS n FROM inspection_checklist_items WHERE id = ? AND check_id = ?
