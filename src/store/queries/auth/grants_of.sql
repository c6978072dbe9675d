SELECT role, scope, scope_ref FROM role_grants WHERE account_id = ? ORDER BY id
