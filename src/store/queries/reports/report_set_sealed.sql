UPDATE reports SET matter_sealed = ?, identity_sealed = ?, reason_sealed = ?, updated_at = ? WHERE id = ?
