UPDATE annual_reports SET title = ?, unit_name = ?, issue_date = ?, body = ?, organ_mark = ?, number_prefix = ?, copy_to = ?,
       printer = ?, version = version + 1, updated_by = ?, updated_at = ?
WHERE id = ? AND status = 'draft' AND version = ?
