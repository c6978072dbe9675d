SELECT id, seq, content FROM inspection_checklist_items WHERE check_id = ? ORDER BY seq
