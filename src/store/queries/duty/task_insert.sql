INSERT INTO duty_tasks (work_point_id, title, owner_department_id, owner_person_id, deadline_date, status, progress,
                        created_at, updated_at)
VALUES (?, ?, ?, ?, ?, 'not_started', 0, ?, ?) RETURNING id
