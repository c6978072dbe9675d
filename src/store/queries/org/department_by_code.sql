SELECT id, archived_at FROM departments WHERE unit_id = ? AND code = ?
