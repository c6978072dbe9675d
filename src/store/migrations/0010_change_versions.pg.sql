-- Change versions (变更版本): one row per topic whose version moves, in the same
-- transaction, with every write to the tables the topic covers — so a process can keep
-- a result computed from those tables and know, with one primary-key read, whether it
-- is still current, even when another process sharing the database made the write
-- (store/change_versions.h). Topic 'org': people, departments, branches, positions.
--
-- A new version is the current time in microseconds, or the old version + 1 when that
-- is not larger: versions never repeat, even after a backup with an older version is
-- restored and written to again. Statement-level triggers: one bump per statement.
CREATE TABLE change_versions (
  topic TEXT PRIMARY KEY,
  version BIGINT NOT NULL
);
INSERT INTO change_versions (topic, version)
VALUES ('org', (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT);

CREATE FUNCTION bump_change_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_versions
     SET version = GREATEST(version + 1, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT)
   WHERE topic = TG_ARGV[0];
  RETURN NULL;
END
$$;

CREATE TRIGGER people_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('org');
CREATE TRIGGER departments_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('org');
CREATE TRIGGER branches_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON branches
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('org');
CREATE TRIGGER positions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON positions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_change_version('org');
