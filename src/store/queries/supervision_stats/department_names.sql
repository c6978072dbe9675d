SELECT d.id, d.name FROM departments d ORDER BY d.id
