SELECT first_at FROM case_roles_seen WHERE id = 1
