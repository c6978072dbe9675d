SELECT display_name FROM accounts WHERE id = ?
