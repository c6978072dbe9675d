UPDATE verification_items SET content_sealed = ? WHERE id = ?
