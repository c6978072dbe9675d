INSERT INTO department_oversight (person_id, department_id, since_date, until_date) VALUES (?, ?, ?, ?) RETURNING id
