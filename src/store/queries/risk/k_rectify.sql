UPDATE risk_check_items SET rectify_state = 'done', rectify_note = ?, rectified_at = ?, rectified_by = ?
WHERE id = ? AND check_id = ? AND rectify_state = 'open'
