-- A version's id and title by regulation and number (links: interpretations, reforms).
SELECT id, title FROM regulation_versions WHERE regulation_id = ? AND version_no = ?
