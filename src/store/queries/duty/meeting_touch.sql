UPDATE duty_meetings SET updated_at = ? WHERE id = ?
