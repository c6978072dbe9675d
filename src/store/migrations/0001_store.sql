-- 0001 store: what the store itself needs.
-- schema_version: one row per applied migration; the schema version is MAX(version).
CREATE TABLE IF NOT EXISTS schema_version (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at @BIGINT@ NOT NULL
);

-- settings: small key/value store for platform-wide values kept in the database
-- (e.g. the installation id, the date of the last backup).
CREATE TABLE IF NOT EXISTS settings (
  key   TEXT PRIMARY KEY,
  value TEXT
);
