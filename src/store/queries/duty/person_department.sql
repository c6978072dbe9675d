SELECT department_id FROM people WHERE id = ? AND archived_at IS NULL
