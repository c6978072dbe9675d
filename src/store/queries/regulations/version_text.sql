-- The full text of one version.
SELECT full_text FROM regulation_versions WHERE regulation_id = ? AND version_no = ?
