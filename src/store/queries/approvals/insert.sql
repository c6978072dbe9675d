INSERT INTO approval_requests (person_id, kind, status, chain, step, acting_role, depart_date, return_date, created_by,
                               created_at, updated_at)
VALUES (?, ?, 'pending', '', 0, '', ?, ?, ?, ?, ?) RETURNING id
