UPDATE clue_attachments SET filename = ?, content = ?, sealed = 1 WHERE id = ?
