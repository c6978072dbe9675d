-- Makes a new version the latest, only if the regulation still has the number of
-- versions the caller read (two concurrent revisions cannot both become latest).
UPDATE regulations SET latest_version_id = ?, versions = ?, updated_at = ?
WHERE id = ? AND versions = ?
