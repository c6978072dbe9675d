SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM rectification_items WHERE check_id = ?
