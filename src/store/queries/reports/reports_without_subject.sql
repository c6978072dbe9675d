SELECT id FROM reports WHERE subject_hash IS NULL ORDER BY id
