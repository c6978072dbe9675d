-- A report kept on file (留存备查) taken up again: back under review, the filing reason cleared.
UPDATE reports SET status = ?, reason_sealed = NULL, updated_at = ? WHERE id = ?
