INSERT INTO position_events (person_id, kind, department_id, position_id, rank, effective_date, note, created_at, created_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
