UPDATE accounts SET display_name = ?, person_id = ? WHERE id = ?
