SELECT id, name, code FROM units ORDER BY id LIMIT 1
