#pragma once
// The database port: the only way the domain reaches storage. Two adapters implement
// it — SQLite (store/sqlite/, the embedded default) and PostgreSQL 15 through libpq
// (store/postgres/). Callers write one SQL text with `?` placeholders; the PostgreSQL
// adapter rewrites them to $1, $2, … (outside quoted literals). SQL texts live in .sql
// files under store/queries/<module>/<name>.sql, embedded at build time, with an
// optional <name>.pg.sql override when the dialects differ (see sql()).
//
// Portable conventions every module follows (so one SQL text serves both databases):
//   ids        INTEGER primary keys, inserted with `INSERT … RETURNING id`
//   instants   BIGINT milliseconds since the Unix epoch, UTC (`*_at` columns)
//   dates      TEXT 'YYYY-MM-DD' (Beijing calendar date)      (`*_date` columns)
//   booleans   INTEGER 0/1
//   bytes      Blob values; column type written @BLOB@ in migrations
//   money      BIGINT fen (分) — never floating point
// Migration files may use the tokens @ID@ (auto-increment primary key column type),
// @BLOB@ and @BIGINT@; the runner substitutes the dialect's spelling.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/result.h"

namespace qf::store {

enum class Dialect { kSqlite, kPostgres };

// Raw bytes (BLOB / BYTEA); distinct from text so adapters bind it as binary.
struct Blob {
  std::string bytes;
  bool operator==(const Blob&) const = default;
};

using Value = std::variant<std::nullptr_t, int64_t, double, std::string, Blob>;
using Params = std::vector<Value>;

// Helpers for optional parameters: null when empty.
inline Value opt(const std::optional<std::string>& v) { return v ? Value{*v} : Value{nullptr}; }
inline Value opt(const std::optional<int64_t>& v) { return v ? Value{*v} : Value{nullptr}; }

// One result row. Accessors by index or by column name; a NULL reads as 0 / "" and is
// distinguishable through is_null(). Reading a missing column name is a programming
// error (asserts in debug, returns the null value in release).
class Row {
 public:
  Row(std::shared_ptr<const std::vector<std::string>> columns, std::vector<Value> values)
      : columns_(std::move(columns)), values_(std::move(values)) {}

  size_t size() const { return values_.size(); }
  const Value& at(size_t i) const { return values_[i]; }
  const Value& at(std::string_view column) const;

  bool is_null(size_t i) const { return std::holds_alternative<std::nullptr_t>(values_[i]); }
  bool is_null(std::string_view c) const { return std::holds_alternative<std::nullptr_t>(at(c)); }
  int64_t i64(size_t i) const;
  int64_t i64(std::string_view c) const;
  double f64(size_t i) const;
  double f64(std::string_view c) const;
  std::string text(size_t i) const;  // integers/doubles are formatted; blobs return bytes
  std::string text(std::string_view c) const;
  std::optional<int64_t> opt_i64(std::string_view c) const;
  std::optional<std::string> opt_text(std::string_view c) const;
  bool boolean(std::string_view c) const { return i64(c) != 0; }

 private:
  std::shared_ptr<const std::vector<std::string>> columns_;
  std::vector<Value> values_;
};

class ResultSet {
 public:
  ResultSet() : columns_(std::make_shared<std::vector<std::string>>()) {}
  explicit ResultSet(std::shared_ptr<const std::vector<std::string>> columns)
      : columns_(std::move(columns)) {}

  const std::vector<std::string>& columns() const { return *columns_; }
  std::shared_ptr<const std::vector<std::string>> columns_ptr() const { return columns_; }
  size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  const Row& operator[](size_t i) const { return rows_[i]; }
  const Row& front() const { return rows_.front(); }
  auto begin() const { return rows_.begin(); }
  auto end() const { return rows_.end(); }
  void push_back(Row r) { rows_.push_back(std::move(r)); }

 private:
  std::shared_ptr<const std::vector<std::string>> columns_;
  std::vector<Row> rows_;
};

// One database session. Not thread-safe: a Connection is used by one thread at a time
// (leased from Database::acquire()). Errors come back as qf::Error with kind
// kConflict for unique/foreign-key violations (code "db.unique" / "db.foreign_key"),
// kUnavailable for connection loss or busy timeout, kInternal otherwise.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Runs one statement and returns its rows (empty for statements without rows).
  virtual Result<ResultSet> query(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement; returns the number of rows changed.
  virtual Result<int64_t> execute(std::string_view sql, const Params& params = {}) = 0;
  // Runs several ;-separated statements without parameters (migrations).
  virtual Status execute_script(std::string_view sql) = 0;
  // Transactions. begin() takes the write lock at once on SQLite (BEGIN IMMEDIATE) so
  // that a transaction never fails half-way with SQLITE_BUSY on upgrade.
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;
  virtual bool in_transaction() const = 0;

  // Convenience: first row, or kNotFound when there is none.
  Result<Row> query_one(std::string_view sql, const Params& params = {});
  // Convenience: INSERT … RETURNING id, returning the id.
  Result<int64_t> insert(std::string_view sql, const Params& params = {});
};

// A leased connection that goes back to the pool when destroyed.
class ConnectionLease {
 public:
  ConnectionLease(std::unique_ptr<Connection> conn, std::function<void(std::unique_ptr<Connection>)> give_back);
  ConnectionLease(ConnectionLease&&) noexcept;
  ConnectionLease& operator=(ConnectionLease&&) noexcept;
  ConnectionLease(const ConnectionLease&) = delete;
  ConnectionLease& operator=(const ConnectionLease&) = delete;
  ~ConnectionLease();
  Connection& operator*() { return *conn_; }
  Connection* operator->() { return conn_.get(); }
  Connection& get() { return *conn_; }

 private:
  std::unique_ptr<Connection> conn_;
  std::function<void(std::unique_ptr<Connection>)> give_back_;
};

struct DatabaseOptions {
  // "sqlite:PATH" (or a bare path, or "sqlite::memory:" for tests) or "postgresql://…".
  std::string url = "sqlite:data/qingfeng.db";
  int pool_size = 16;           // connections kept open
  int busy_timeout_ms = 5000;   // SQLite busy timeout; PostgreSQL lock_timeout
};

class Database {
 public:
  virtual ~Database() = default;
  // Opens (creating the SQLite file and its folder when absent). Does not migrate.
  static Result<std::unique_ptr<Database>> open(const DatabaseOptions& options);

  virtual Dialect dialect() const = 0;
  // The URL with any password removed, for logs and messages.
  virtual std::string display_url() const = 0;
  // Blocks until a connection is free (pool), or returns kUnavailable after a timeout.
  virtual Result<ConnectionLease> acquire() = 0;

  // Online, consistent backup into a single file at `path` (SQLite backup API; pg_dump
  // custom format for PostgreSQL). The file is written to a temporary name and renamed.
  virtual Status backup_to(const std::string& path) = 0;
  // Verifies the backup file (integrity check / pg_restore --list, schema version not
  // newer than the binary) and only then replaces the current data with it.
  virtual Status restore_from(const std::string& path) = 0;

  // Runs fn(Connection&) inside a transaction: commits when fn returns ok, rolls back
  // otherwise (and on exceptions). fn returns Status or Result<T>.
  template <class F>
  auto transaction(F&& fn) -> decltype(fn(std::declval<Connection&>()));
};

// SQL text by name for a dialect: "org/list_people" → queries/org/list_people.pg.sql on
// PostgreSQL when that file exists, else queries/org/list_people.sql. A missing name is
// a programming error: it aborts with the name in the message.
std::string_view sql(Dialect dialect, std::string_view name);
inline std::string_view sql(const Connection& c, std::string_view name) { return sql(c.dialect(), name); }

// Migrations: files store/migrations/NNNN_<name>.sql (or .sqlite.sql / .pg.sql when the
// dialects differ), applied in order inside one transaction each; the version is kept
// in table schema_version. migrate() refuses a database whose schema is newer than this
// binary with kind kConflict, code "db.schema_too_new", naming both versions.
int binary_schema_version();
Result<int> schema_version(Connection& conn);  // 0 for an empty database
Result<int> migrate(Database& db);              // returns the version after migrating

template <class F>
auto Database::transaction(F&& fn) -> decltype(fn(std::declval<Connection&>())) {
  using R = decltype(fn(std::declval<Connection&>()));
  auto lease = acquire();
  if (!lease.ok()) return R(lease.take_error());
  Connection& c = lease->get();
  if (auto st = c.begin(); !st.ok()) return R(st.take_error());
  try {
    R r = fn(c);
    if (r.ok()) {
      if (auto st = c.commit(); !st.ok()) { (void)c.rollback(); return R(st.take_error()); }
    } else {
      (void)c.rollback();
    }
    return r;
  } catch (...) {
    (void)c.rollback();
    throw;
  }
}

}  // namespace qf::store
