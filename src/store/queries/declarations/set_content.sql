-- Saves the sealed content when the version still matches; bumps it.
UPDATE declarations SET content_sealed = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?
