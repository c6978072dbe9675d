INSERT INTO clue_persons (clue_id, ord, person_id, name, position, department_id) VALUES (?, ?, ?, ?, ?, ?)
RETURNING id
