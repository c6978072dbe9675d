INSERT INTO role_grants (account_id, role, scope, scope_ref, granted_by, granted_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id
