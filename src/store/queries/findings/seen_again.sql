-- A finding seen again: its latest content, department and person, still present.
UPDATE findings SET severity = ?, cadre_id = ?, person_id = ?, department = ?, content_sealed = ?, last_run_id = ?,
       last_seen_at = ?, present = 1 WHERE id = ?
