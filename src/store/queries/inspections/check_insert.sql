INSERT INTO inspection_checks (number, year, seq, kind, title, plan, start_date, end_date, created_by, created_at,
                               updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
