UPDATE annual_template SET title = ?, body = ?, organ_mark = ?, number_prefix = ?, copy_to = ?, printer = ?,
       version = version + 1, updated_by = ?, updated_at = ?
WHERE id = 1 AND version = ?
