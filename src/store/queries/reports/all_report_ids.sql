SELECT id FROM reports ORDER BY id
