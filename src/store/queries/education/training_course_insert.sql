INSERT INTO training_courses (kind, title, materials, question_count, pass_mark, retakes, auto_new_staff, auto_since,
                              audience, created_by, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
