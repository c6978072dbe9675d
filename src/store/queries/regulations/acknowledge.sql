UPDATE regulation_assignments SET acknowledged_at = ?
WHERE version_id = ? AND person_id = ? AND acknowledged_at IS NULL
