-- A regulation's latest title, for the links (absent: no row).
SELECT g.id, v.title FROM regulations g JOIN regulation_versions v ON v.id = g.latest_version_id WHERE g.id = ?
