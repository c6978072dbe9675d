UPDATE reports SET subject_hash = ? WHERE id = ?
