UPDATE duty_tasks SET title = ?, owner_department_id = ?, owner_person_id = ?, deadline_date = ?, updated_at = ?
WHERE id = ? AND archived_at IS NULL
