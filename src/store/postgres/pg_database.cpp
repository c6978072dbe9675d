#include "store/postgres/pg_database.h"

#include <atomic>
#include <filesystem>
#include <random>

#include "store/connection_pool.h"
#include "store/migration_set.h"
#include "store/postgres/external_tool.h"
#include "store/postgres/pg_connection.h"

namespace qf::store {
namespace fs = std::filesystem;
namespace {

std::string random_suffix() {
  static std::atomic<uint64_t> counter{0};
  std::random_device rd;
  return std::to_string(rd() % 1000000) + "_" + std::to_string(counter++);
}

Error file_error(const std::string& code, const std::string& zh, const std::string& en, const std::string& file,
                 const std::string& detail = {}) {
  Error e = Error::make(ErrorKind::kInvalid, code, zh, en, file);
  e.internal_detail = detail;
  return e;
}

Error invalid_backup(const std::string& file, const std::string& detail) {
  return file_error("db.backup_invalid", "备份文件 " + file + " 已损坏或不是清风数据库备份，未作任何更改",
                    "The backup file " + file + " is damaged or not a Qingfeng database backup; nothing was changed",
                    file, detail);
}

Error tool_missing(const std::string& tool, const std::string& file) {
  return Error::make(ErrorKind::kUnavailable, "db.tool_missing",
                     "找不到 PostgreSQL 工具 " + tool + "（请安装 postgresql-client-15）",
                     "The PostgreSQL tool " + tool + " was not found (install postgresql-client-15)", file);
}

class PgDatabase final : public Database {
 public:
  PgDatabase(DatabaseUrl url, DatabaseOptions options) : url_(std::move(url)), options_(std::move(options)) {
    std::string conninfo = url_.conninfo, shown = redact_database_url(conninfo);
    int lock_timeout = options_.busy_timeout_ms;
    pool_ = std::make_unique<ConnectionPool>(
        options_.pool_size,
        [conninfo, shown, lock_timeout]() -> Result<std::unique_ptr<Connection>> {
          QF_TRY(auto conn, PgConnection::open(conninfo, shown, lock_timeout));
          return std::unique_ptr<Connection>(std::move(conn));
        },
        [](Connection& c) { return !static_cast<PgConnection&>(c).broken(); });
  }

  Dialect dialect() const override { return Dialect::kPostgres; }
  std::string display_url() const override { return redact_database_url(url_.conninfo); }
  Result<ConnectionLease> acquire() override { return pool_->acquire(); }

  Status backup_to(const std::string& path) override {
    std::error_code ec;
    fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    std::string tmp = path + ".tmp-" + random_suffix();
    std::string tool = find_pg_tool("pg_dump");
    ToolRun run = run_tool(tool, {"--format=custom", "--no-password", "--file=" + tmp, "--dbname=" + url_.conninfo});
    if (!run.started) return tool_missing("pg_dump", path);
    if (run.exit_code != 0) {
      fs::remove(tmp, ec);
      return file_error("db.backup_failed", "无法写入备份文件 " + path, "Cannot write the backup file " + path, path,
                        "pg_dump exit " + std::to_string(run.exit_code) + ": " + run.stderr_text);
    }
    fs::rename(tmp, target, ec);
    if (ec) {
      fs::remove(tmp, ec);
      return file_error("db.backup_failed", "无法写入备份文件 " + path, "Cannot write the backup file " + path, path,
                        ec.message());
    }
    return {};
  }

  Status restore_from(const std::string& path) override {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      return file_error("db.backup_missing", "备份文件 " + path + " 不存在",
                        "The backup file " + path + " does not exist", path);
    }
    std::string pg_restore = find_pg_tool("pg_restore");
    ToolRun list = run_tool(pg_restore, {"--list", path});
    if (!list.started) return tool_missing("pg_restore", path);
    if (list.exit_code != 0) return invalid_backup(path, "pg_restore --list: " + list.stderr_text);
    QF_TRY_STATUS(verify_in_scratch(path, pg_restore));

    // Replace: one transaction drops the current schema and loads the backup.
    std::string script = (fs::temp_directory_path() / ("qf-restore-" + random_suffix() + ".sql")).string();
    ToolRun gen = run_tool(pg_restore, {"--no-owner", "--no-privileges", "--file=" + script, path});
    if (!gen.started || gen.exit_code != 0) {
      fs::remove(script, ec);
      return invalid_backup(path, "pg_restore --file: " + gen.stderr_text);
    }
    if (auto st = pool_->close_all(std::chrono::seconds(30)); !st.ok()) {
      fs::remove(script, ec);
      return st;
    }
    std::string psql = find_pg_tool("psql");
    ToolRun load = run_tool(psql, {"-X", "-q", "--no-password", "-v", "ON_ERROR_STOP=1", "--single-transaction",
                                   "--dbname=" + url_.conninfo, "-c",
                                   "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", "-f", script});
    fs::remove(script, ec);
    pool_->reopen();
    if (!load.started) return tool_missing("psql", path);
    if (load.exit_code != 0) {
      return file_error("db.restore_failed", "恢复备份文件 " + path + " 失败，原数据未改变",
                        "Restoring the backup file " + path + " failed; the data is unchanged", path,
                        "psql exit " + std::to_string(load.exit_code) + ": " + load.stderr_text);
    }
    return {};
  }

 private:
  // Restores the dump into a throwaway database and checks its schema version there.
  Status verify_in_scratch(const std::string& path, const std::string& pg_restore) {
    std::string scratch = "qf_restore_check_" + random_suffix();
    {
      QF_TRY(auto lease, acquire());
      if (auto st = lease->execute_script("CREATE DATABASE " + scratch); !st.ok()) {
        Error e = Error::make(ErrorKind::kUnavailable, "db.restore_check_failed",
                              "无法创建用于校验备份 " + path + " 的临时数据库（数据库账号需要 CREATEDB 权限），未作任何更改",
                              "Cannot create the scratch database to verify the backup " + path +
                                  " (the database account needs the CREATEDB privilege); nothing was changed",
                              path);
        e.internal_detail = st.error().to_string();
        return e;
      }
    }
    auto drop_scratch = [&] {
      if (auto lease = acquire(); lease.ok()) {
        (void)lease.value()->execute_script("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
      }
    };
    std::string scratch_url = with_database_name(url_.conninfo, scratch);
    ToolRun run = run_tool(pg_restore, {"--no-owner", "--no-privileges", "--exit-on-error", "--no-password",
                                        "--dbname=" + scratch_url, path});
    Status result;
    if (!run.started) {
      result = tool_missing("pg_restore", path);
    } else if (run.exit_code != 0) {
      result = invalid_backup(path, "pg_restore into scratch: " + run.stderr_text);
    } else {
      auto conn = PgConnection::open(scratch_url, redact_database_url(scratch_url), options_.busy_timeout_ms);
      if (!conn.ok()) {
        result = conn.take_error();
      } else {
        auto version = schema_version(**conn);
        int supported = binary_schema_version();
        if (!version.ok()) result = invalid_backup(path, version.error().to_string());
        else if (*version == 0) result = invalid_backup(path, "no schema_version table");
        else if (*version > supported) result = schema_too_new(*version, supported, path);
      }
    }
    drop_scratch();
    return result;
  }

  DatabaseUrl url_;
  DatabaseOptions options_;
  std::unique_ptr<ConnectionPool> pool_;
};

}  // namespace

std::string with_database_name(const std::string& url, const std::string& dbname) {
  auto scheme = url.find("://");
  size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  auto query = url.find('?', start);
  std::string head = url.substr(0, query), tail = query == std::string::npos ? "" : url.substr(query);
  auto slash = head.find('/', start);
  if (slash == std::string::npos) return head + "/" + dbname + tail;
  return head.substr(0, slash + 1) + dbname + tail;
}

Result<std::unique_ptr<Database>> open_postgres(const DatabaseUrl& url, const DatabaseOptions& options) {
  auto db = std::make_unique<PgDatabase>(url, options);
  {
    QF_TRY(auto lease, db->acquire());  // fail now on a wrong URL, not at the first request
  }
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace qf::store
