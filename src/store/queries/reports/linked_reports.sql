SELECT id, register_number, status FROM reports
WHERE subject_hash = ? AND id <> ? ORDER BY id
