SELECT id, clue_id, filename, content FROM clue_attachments WHERE id = ?
