UPDATE education_assignments SET confirmed_at = ? WHERE item_id = ? AND person_id = ? AND confirmed_at IS NULL
