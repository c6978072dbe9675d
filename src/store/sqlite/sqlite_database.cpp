#include "store/sqlite/sqlite_database.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <random>
#include <system_error>
#include <thread>

#include "store/connection_pool.h"
#include "store/migration_set.h"
#include "store/sqlite/sqlite_connection.h"

namespace qf::store {
namespace fs = std::filesystem;
namespace {

std::string random_suffix() {
  static std::atomic<uint64_t> counter{0};
  std::random_device rd;
  return std::to_string(rd() % 1000000) + "-" + std::to_string(counter++);
}

Error file_error(const std::string& code, const std::string& zh, const std::string& en,
                 const std::string& file, const std::string& detail = {}) {
  Error e = Error::make(ErrorKind::kInvalid, code, zh, en, file);
  e.internal_detail = detail;
  return e;
}

Error invalid_backup(const std::string& file, const std::string& detail) {
  return file_error("db.backup_invalid", "备份文件 " + file + " 已损坏或不是清风数据库备份，未作任何更改",
                    "The backup file " + file + " is damaged or not a Qingfeng database backup; nothing was changed",
                    file, detail);
}

// Copies the whole database behind `src` into the (new) file at `dest_path` with the
// online backup API, leaving it as one self-contained rollback-journal file.
Status copy_database(sqlite3* src, const std::string& dest_path) {
  sqlite3* dest = nullptr;
  int rc = sqlite3_open_v2(dest_path.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    Error e = sqlite_error(dest, rc, "open backup file");
    sqlite3_close_v2(dest);
    return e;
  }
  sqlite3_backup* b = sqlite3_backup_init(dest, "main", src, "main");
  if (!b) {
    Error e = sqlite_error(dest, sqlite3_errcode(dest), "backup init");
    sqlite3_close_v2(dest);
    return e;
  }
  // One step copies every page inside a single read transaction: a consistent snapshot.
  for (int attempt = 0;; ++attempt) {
    rc = sqlite3_backup_step(b, -1);
    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempt < 200) {
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
      continue;
    }
    break;
  }
  sqlite3_backup_finish(b);
  if (rc != SQLITE_DONE) {
    Error e = sqlite_error(dest, rc, "backup step");
    sqlite3_close_v2(dest);
    return e;
  }
  char* err = nullptr;
  rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &err);
  sqlite3_free(err);
  Status st;
  if (rc != SQLITE_OK) st = sqlite_error(dest, rc, "backup journal mode");
  sqlite3_close_v2(dest);
  return st;
}

// Verifies a copy of a backup: a readable SQLite database that passes integrity_check
// and holds a schema_version not newer than this binary. `shown` names the user's file.
Status verify_backup_copy(const std::string& copy, const std::string& shown, int busy_ms) {
  auto opened = SqliteConnection::open(copy, busy_ms, /*wal=*/false);
  if (!opened.ok()) return invalid_backup(shown, opened.error().to_string());
  auto& conn = **opened;
  auto check = conn.query("PRAGMA integrity_check");
  if (!check.ok()) return invalid_backup(shown, check.error().to_string());
  if (check->empty() || check->front().text(0) != "ok") {
    return invalid_backup(shown, check->empty() ? "integrity_check returned nothing" : check->front().text(0));
  }
  auto version = schema_version(conn);
  if (!version.ok()) return invalid_backup(shown, version.error().to_string());
  if (*version == 0) return invalid_backup(shown, "no schema_version table");
  int supported = binary_schema_version();
  if (*version > supported) return schema_too_new(*version, supported, shown);
  return {};
}

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(DatabaseUrl url, DatabaseOptions options)
      : url_(std::move(url)), options_(std::move(options)) {
    std::string path = url_.in_memory ? ":memory:" : url_.path;
    int busy = options_.busy_timeout_ms;
    pool_ = std::make_unique<ConnectionPool>(
        url_.in_memory ? 1 : options_.pool_size,
        [path, busy]() -> Result<std::unique_ptr<Connection>> {
          QF_TRY(auto conn, SqliteConnection::open(path, busy));
          return std::unique_ptr<Connection>(std::move(conn));
        },
        nullptr);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }
  std::string display_url() const override {
    return url_.in_memory ? "sqlite::memory:" : "sqlite:" + url_.path;
  }
  Result<ConnectionLease> acquire() override { return pool_->acquire(); }

  Status backup_to(const std::string& path) override {
    std::error_code ec;
    fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    std::string tmp = path + ".tmp-" + random_suffix();
    Status copied;
    {
      QF_TRY(auto lease, acquire());
      auto& conn = static_cast<SqliteConnection&>(lease.get());
      copied = copy_database(conn.handle(), tmp);
    }
    if (!copied.ok()) {
      fs::remove(tmp, ec);
      Error e = copied.take_error();
      if (e.kind == ErrorKind::kUnavailable) return e;
      return file_error("db.backup_failed", "无法写入备份文件 " + path, "Cannot write the backup file " + path,
                        path, e.to_string());
    }
    fs::rename(tmp, target, ec);
    if (ec) {
      fs::remove(tmp, ec);
      return file_error("db.backup_failed", "无法写入备份文件 " + path, "Cannot write the backup file " + path,
                        path, ec.message());
    }
    return {};
  }

  Status restore_from(const std::string& path) override {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      return file_error("db.backup_missing", "备份文件 " + path + " 不存在", "The backup file " + path + " does not exist",
                        path);
    }
    // Work on a copy beside the database (same file system, so the final rename is atomic).
    fs::path dir = url_.in_memory ? fs::temp_directory_path() : fs::path(url_.path).parent_path();
    std::string name = url_.in_memory ? "qingfeng-memory.db" : fs::path(url_.path).filename().string();
    fs::path copy = (dir.empty() ? fs::path(".") : dir) / (name + ".restore-" + random_suffix());
    fs::copy_file(path, copy, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      return file_error("db.backup_unreadable", "无法读取备份文件 " + path, "Cannot read the backup file " + path, path,
                        ec.message());
    }
    auto remove_copy = [&] {
      std::error_code ignore;
      fs::remove(copy, ignore);
      for (const char* suffix : {"-journal", "-wal", "-shm"}) fs::remove(copy.string() + suffix, ignore);
    };
    if (auto st = verify_backup_copy(copy.string(), path, options_.busy_timeout_ms); !st.ok()) {
      remove_copy();
      return st;
    }
    Status st = url_.in_memory ? restore_into_memory(copy.string(), path) : replace_file(copy);
    remove_copy();
    return st;
  }

 private:
  Status restore_into_memory(const std::string& copy, const std::string& shown) {
    sqlite3* src = nullptr;
    if (sqlite3_open_v2(copy.c_str(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close_v2(src);
      return invalid_backup(shown, "cannot reopen verified copy");
    }
    QF_TRY(auto lease, acquire());
    auto& conn = static_cast<SqliteConnection&>(lease.get());
    conn.clear_statement_cache();
    sqlite3_backup* b = sqlite3_backup_init(conn.handle(), "main", src, "main");
    int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
    if (b) sqlite3_backup_finish(b);
    sqlite3_close_v2(src);
    if (rc != SQLITE_DONE) return sqlite_error(conn.handle(), rc, "restore into memory");
    return {};
  }

  Status replace_file(const fs::path& copy) {
    QF_TRY_STATUS(pool_->close_all(std::chrono::seconds(30)));
    std::error_code ec;
    const std::string wal = url_.path + "-wal", shm = url_.path + "-shm";
    if (fs::exists(wal, ec)) {
      // Checkpoint what is left; when we are the last user, closing removes the WAL.
      sqlite3* probe = nullptr;
      if (sqlite3_open_v2(url_.path.c_str(), &probe, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(probe, options_.busy_timeout_ms);
        sqlite3_exec(probe, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
      }
      sqlite3_close_v2(probe);
      if (fs::exists(wal, ec)) {
        pool_->reopen();
        return Error::make(ErrorKind::kUnavailable, "db.in_use",
                           "数据库 " + url_.path + " 正被其他进程使用，请先停止清风服务再恢复备份",
                           "The database " + url_.path + " is in use by another process; stop the Qingfeng service before restoring",
                           url_.path);
      }
    }
    fs::remove(shm, ec);
    fs::rename(copy, url_.path, ec);
    pool_->reopen();
    if (ec) {
      return file_error("db.restore_failed", "无法替换数据库文件 " + url_.path + "，原数据未改变",
                        "Cannot replace the database file " + url_.path + "; the data is unchanged", url_.path,
                        ec.message());
    }
    return {};
  }

  DatabaseUrl url_;
  DatabaseOptions options_;
  std::unique_ptr<ConnectionPool> pool_;
};

}  // namespace

Result<std::unique_ptr<Database>> open_sqlite(const DatabaseUrl& url, const DatabaseOptions& options) {
  if (!url.in_memory) {
    fs::path p(url.path);
    std::error_code ec;
    if (p.has_parent_path() && !fs::exists(p.parent_path(), ec)) {
      fs::create_directories(p.parent_path(), ec);
      if (ec) {
        return Error::make(ErrorKind::kUnavailable, "db.open_failed",
                           "无法创建数据库目录 " + p.parent_path().string(),
                           "Cannot create the database folder " + p.parent_path().string(), "database.url");
      }
    }
  }
  auto db = std::make_unique<SqliteDatabase>(url, options);
  // Open one connection now so that a bad path fails here, not at the first request.
  {
    QF_TRY(auto lease, db->acquire());
  }
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace qf::store
