INSERT INTO case_roles_seen (id, first_at) SELECT 1, ? WHERE NOT EXISTS (SELECT 1 FROM case_roles_seen WHERE id = 1)
