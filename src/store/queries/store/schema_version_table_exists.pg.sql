SELECT count(*) AS n FROM information_schema.tables
 WHERE table_schema = current_schema() AND table_name = 'schema_version'
