UPDATE training_assignments SET passed_at = ?, certificate_no = ? WHERE id = ? AND passed_at IS NULL
