SELECT id FROM coop_notices WHERE file_sha256 = ?
