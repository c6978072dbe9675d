#pragma once
// The SQLite adapter of Database: a pool of SqliteConnections on one file (WAL lets
// readers run beside the single writer), or one shared connection for ":memory:".
// The file's folder is created when absent (default data/qingfeng.db).
// backup_to: SQLite online backup API in one step (a consistent snapshot even while
// other connections write) into "<file>.tmp-…", switched to a single self-contained
// file (journal_mode=DELETE), then renamed. restore_from: copies the backup next to the
// database, verifies the copy (PRAGMA integrity_check, schema_version present and not
// newer than this binary), closes the pool, renames the copy over the database and
// reopens. A refused backup leaves the database untouched.
#include <memory>

#include "store/database.h"
#include "store/database_url.h"

namespace qf::store {

Result<std::unique_ptr<Database>> open_sqlite(const DatabaseUrl& url, const DatabaseOptions& options);

}  // namespace qf::store
