SELECT id FROM clue_attachments WHERE sealed = ? ORDER BY id
