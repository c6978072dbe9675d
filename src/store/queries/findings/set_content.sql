-- The sealed content of a new finding.
UPDATE findings SET content_sealed = ? WHERE id = ?
