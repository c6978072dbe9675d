DELETE FROM role_grants WHERE account_id = ?
