SELECT id, code, name, archived_at FROM departments WHERE unit_id = ?
