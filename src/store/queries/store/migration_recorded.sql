SELECT COUNT(*) AS n FROM schema_version WHERE version = ?
