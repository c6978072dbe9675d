INSERT INTO accounts (username, display_name, person_id, password_hash, password_changed_at,
                      must_change_password, status, created_at)
VALUES (?, ?, ?, ?, ?, ?, 'active', ?)
RETURNING id
