#pragma once
// SqliteConnection: one sqlite3 handle behind the Connection port. Opened with WAL,
// foreign_keys=ON, synchronous=NORMAL and a busy timeout; keeps a cache of prepared
// statements keyed by SQL text. Errors map to the port's kinds: UNIQUE/PRIMARY KEY →
// kConflict "db.unique" (field = the column), FOREIGN KEY → kConflict
// "db.foreign_key", BUSY/LOCKED → kUnavailable "db.busy", anything else kInternal.
#include <memory>
#include <string>
#include <unordered_map>

#include <sqlite3.h>

#include "store/database.h"

namespace qf::store {

class SqliteConnection final : public Connection {
 public:
  // `path` is a file name or ":memory:". `wal` = false leaves the journal mode alone
  // (used for backup files being verified).
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path, int busy_timeout_ms,
                                                        bool wal = true);
  ~SqliteConnection() override;

  Dialect dialect() const override { return Dialect::kSqlite; }
  Result<ResultSet> query(std::string_view sql, const Params& params = {}) override;
  Result<int64_t> execute(std::string_view sql, const Params& params = {}) override;
  Status execute_script(std::string_view sql) override;
  Status begin() override;
  Status commit() override;
  Status rollback() override;
  bool in_transaction() const override;

  sqlite3* handle() { return db_; }
  // Finalizes every cached statement (before a backup/restore touches the handle).
  void clear_statement_cache();

 private:
  struct Cached {
    sqlite3_stmt* stmt = nullptr;
    std::shared_ptr<const std::vector<std::string>> columns;
  };
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  Result<Cached*> prepare(std::string_view sql);
  Result<ResultSet> run(std::string_view sql, const Params& params, int64_t* changes);
  Error error_for(int rc, std::string_view sql) const;

  sqlite3* db_;
  std::unordered_map<std::string, Cached> cache_;
};

// The port error for a SQLite result code (extended codes understood).
Error sqlite_error(sqlite3* db, int rc, std::string_view context);

}  // namespace qf::store
