UPDATE declarations SET content_sealed = ? WHERE id = ?
