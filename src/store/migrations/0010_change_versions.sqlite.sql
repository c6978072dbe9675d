-- Change versions (变更版本): one row per topic whose version moves, in the same
-- transaction, with every write to the tables the topic covers — so a process can keep
-- a result computed from those tables and know, with one primary-key read, whether it
-- is still current, even when another process sharing the database made the write
-- (store/change_versions.h). Topic 'org': people, departments, branches, positions.
--
-- A new version is the current time in microseconds, or the old version + 1 when that
-- is not larger: versions never repeat, even after a backup with an older version is
-- restored and written to again.
CREATE TABLE change_versions (
  topic TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);
INSERT INTO change_versions (topic, version)
VALUES ('org', CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER));

CREATE TRIGGER people_changed_insert AFTER INSERT ON people BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER people_changed_update AFTER UPDATE ON people BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER people_changed_delete AFTER DELETE ON people BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER departments_changed_insert AFTER INSERT ON departments BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER departments_changed_update AFTER UPDATE ON departments BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER departments_changed_delete AFTER DELETE ON departments BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER branches_changed_insert AFTER INSERT ON branches BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER branches_changed_update AFTER UPDATE ON branches BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER branches_changed_delete AFTER DELETE ON branches BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER positions_changed_insert AFTER INSERT ON positions BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER positions_changed_update AFTER UPDATE ON positions BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
CREATE TRIGGER positions_changed_delete AFTER DELETE ON positions BEGIN
  UPDATE change_versions SET version = max(version + 1, CAST((julianday('now') - 2440587.5) * 86400000000.0 AS INTEGER)) WHERE topic = 'org';
END;
