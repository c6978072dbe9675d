#pragma once
// The PostgreSQL adapter of Database: a pool of PgConnections (libpq); a connection
// whose session is lost is dropped and a new one opened on the next acquire().
// backup_to: `pg_dump -Fc` into "<file>.tmp-…", renamed when complete.
// restore_from: `pg_restore --list` must read the file; it is then restored into a
// scratch database (qf_restore_check_…, dropped afterwards) whose schema_version must
// be present and not newer than this binary; only then, with this process's pool
// closed, the target is replaced in ONE transaction (psql --single-transaction:
// DROP SCHEMA public CASCADE, CREATE SCHEMA public, the pg_restore script). Any
// failure names the file and leaves the data as it was. Other processes connected to
// the database (a running `qingfeng serve`) should be stopped first.
#include <memory>

#include "store/database.h"
#include "store/database_url.h"

namespace qf::store {

Result<std::unique_ptr<Database>> open_postgres(const DatabaseUrl& url, const DatabaseOptions& options);

// The URL with its database name replaced by `dbname` (for scratch databases).
std::string with_database_name(const std::string& url, const std::string& dbname);

}  // namespace qf::store
