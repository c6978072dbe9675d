#include "store/sqlite/sqlite_connection.h"

namespace qf::store {
namespace {

constexpr size_t kStatementCacheLimit = 256;

// "UNIQUE constraint failed: accounts.username, accounts.x" → "username,x"
std::string constraint_columns(const char* message) {
  std::string m = message ? message : "";
  auto colon = m.find(": ");
  if (colon == std::string::npos) return {};
  std::string list = m.substr(colon + 2), out;
  size_t pos = 0;
  while (pos < list.size()) {
    auto comma = list.find(", ", pos);
    std::string item = list.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    auto dot = item.rfind('.');
    if (!out.empty()) out += ',';
    out += dot == std::string::npos ? item : item.substr(dot + 1);
    if (comma == std::string::npos) break;
    pos = comma + 2;
  }
  return out;
}

}  // namespace

Error sqlite_error(sqlite3* db, int rc, std::string_view context) {
  int ext = db ? sqlite3_extended_errcode(db) : rc;
  const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  int primary = ext & 0xff;
  if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Error::make(ErrorKind::kConflict, "db.unique", "与已有记录重复", "Duplicates an existing record",
                       constraint_columns(msg));
  }
  if (ext == SQLITE_CONSTRAINT_FOREIGNKEY) {
    return Error::make(ErrorKind::kConflict, "db.foreign_key", "引用的记录不存在或仍被其他记录引用",
                       "The referenced record does not exist or is still referenced");
  }
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    Error e = Error::make(ErrorKind::kUnavailable, "db.busy", "数据库繁忙，请稍后重试",
                          "The database is busy; please try again shortly");
    e.internal_detail = std::string(msg ? msg : "") + " in: " + std::string(context.substr(0, 200));
    return e;
  }
  return Error::internal("sqlite error " + std::to_string(ext) + ": " + (msg ? msg : "") +
                         " in: " + std::string(context.substr(0, 200)));
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::string& path,
                                                                 int busy_timeout_ms, bool wal) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    Error e = Error::make(ErrorKind::kUnavailable, "db.open_failed", "无法打开数据库文件 " + path,
                          "Cannot open the database file " + path, path);
    e.internal_detail = detail;
    return e;
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  std::unique_ptr<SqliteConnection> conn(new SqliteConnection(db));
  std::string pragmas = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
  if (wal && path != ":memory:") pragmas = "PRAGMA journal_mode = WAL; " + pragmas;
  if (auto st = conn->execute_script(pragmas); !st.ok()) {
    Error e = st.take_error();
    if (e.kind == ErrorKind::kInternal) {
      Error out = Error::make(ErrorKind::kUnavailable, "db.open_failed", "无法打开数据库文件 " + path,
                              "Cannot open the database file " + path, path);
      out.internal_detail = e.internal_detail;
      return out;
    }
    return e;
  }
  return conn;
}

SqliteConnection::~SqliteConnection() {
  clear_statement_cache();
  sqlite3_close_v2(db_);
}

void SqliteConnection::clear_statement_cache() {
  for (auto& [sql, c] : cache_) sqlite3_finalize(c.stmt);
  cache_.clear();
}

Error SqliteConnection::error_for(int rc, std::string_view sql) const { return sqlite_error(db_, rc, sql); }

Result<SqliteConnection::Cached*> SqliteConnection::prepare(std::string_view sql) {
  std::string key(sql);
  auto it = cache_.find(key);
  if (it != cache_.end()) return &it->second;
  if (cache_.size() >= kStatementCacheLimit) clear_statement_cache();
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                              &stmt, nullptr);
  if (rc != SQLITE_OK) return error_for(rc, sql);
  if (!stmt) return Error::internal("sqlite: empty statement");
  auto cols = std::make_shared<std::vector<std::string>>();
  int n = sqlite3_column_count(stmt);
  for (int i = 0; i < n; ++i) cols->emplace_back(sqlite3_column_name(stmt, i));
  auto [pos, inserted] = cache_.emplace(std::move(key), Cached{stmt, std::move(cols)});
  return &pos->second;
}

Result<ResultSet> SqliteConnection::run(std::string_view sql, const Params& params, int64_t* changes) {
  QF_TRY(Cached * cached, prepare(sql));
  sqlite3_stmt* stmt = cached->stmt;
  struct Reset {
    sqlite3_stmt* s;
    ~Reset() { sqlite3_reset(s); sqlite3_clear_bindings(s); }
  } reset{stmt};
  int expected = sqlite3_bind_parameter_count(stmt);
  if (expected != static_cast<int>(params.size())) {
    return Error::internal("sqlite: statement expects " + std::to_string(expected) + " parameters, got " +
                           std::to_string(params.size()) + ": " + std::string(sql.substr(0, 200)));
  }
  for (size_t i = 0; i < params.size(); ++i) {
    int idx = static_cast<int>(i) + 1;
    const Value& v = params[i];
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::nullptr_t>(v)) rc = sqlite3_bind_null(stmt, idx);
    else if (auto p = std::get_if<int64_t>(&v)) rc = sqlite3_bind_int64(stmt, idx, *p);
    else if (auto p = std::get_if<double>(&v)) rc = sqlite3_bind_double(stmt, idx, *p);
    else if (auto p = std::get_if<std::string>(&v))
      rc = sqlite3_bind_text64(stmt, idx, p->data(), p->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    else if (auto p = std::get_if<Blob>(&v))
      rc = p->bytes.empty() ? sqlite3_bind_zeroblob(stmt, idx, 0)
                            : sqlite3_bind_blob64(stmt, idx, p->bytes.data(), p->bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) return error_for(rc, sql);
  }
  // Column names can change after an automatic re-prepare (schema change): read them
  // from the statement, not only from the cache.
  int ncols = sqlite3_column_count(stmt);
  if (static_cast<int>(cached->columns->size()) != ncols) {
    auto cols = std::make_shared<std::vector<std::string>>();
    for (int i = 0; i < ncols; ++i) cols->emplace_back(sqlite3_column_name(stmt, i));
    cached->columns = std::move(cols);
  }
  ResultSet rs(cached->columns);
  for (;;) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return error_for(rc, sql);
    std::vector<Value> values;
    values.reserve(ncols);
    for (int c = 0; c < ncols; ++c) {
      switch (sqlite3_column_type(stmt, c)) {
        case SQLITE_INTEGER: values.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt, c))); break;
        case SQLITE_FLOAT: values.emplace_back(sqlite3_column_double(stmt, c)); break;
        case SQLITE_TEXT: {
          auto p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          values.emplace_back(std::string(p ? p : "", sqlite3_column_bytes(stmt, c)));
          break;
        }
        case SQLITE_BLOB: {
          auto p = static_cast<const char*>(sqlite3_column_blob(stmt, c));
          int n = sqlite3_column_bytes(stmt, c);
          values.emplace_back(Blob{p ? std::string(p, n) : std::string()});
          break;
        }
        default: values.emplace_back(nullptr);
      }
    }
    rs.push_back(Row(rs.columns_ptr(), std::move(values)));
  }
  if (changes) *changes = sqlite3_changes64(db_);
  return rs;
}

Result<ResultSet> SqliteConnection::query(std::string_view sql, const Params& params) {
  return run(sql, params, nullptr);
}

Result<int64_t> SqliteConnection::execute(std::string_view sql, const Params& params) {
  int64_t changes = 0;
  QF_TRY_STATUS(run(sql, params, &changes));
  return changes;
}

Status SqliteConnection::execute_script(std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) return error_for(rc, sql);
  return {};
}

Status SqliteConnection::begin() { return execute_script("BEGIN IMMEDIATE"); }
Status SqliteConnection::commit() { return execute_script("COMMIT"); }
Status SqliteConnection::rollback() {
  if (!in_transaction()) return {};
  return execute_script("ROLLBACK");
}
bool SqliteConnection::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

}  // namespace qf::store
