INSERT INTO people (unit_id, employee_no, name, gender, id_number, department_id, branch_id, position_id, rank,
                    is_leading_cadre, party_status, joined_date, phone, status, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?) RETURNING id
