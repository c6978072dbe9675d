UPDATE accounts SET password_hash = ?, password_changed_at = ?, must_change_password = ? WHERE id = ?
