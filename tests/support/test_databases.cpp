#include "support/test_databases.h"

#include <cstdlib>
#include <filesystem>
#include <random>

namespace qf::testing {
namespace fs = std::filesystem;
namespace {

std::string random_hex(int n) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  const char* digits = "0123456789abcdef";
  std::string s;
  for (int i = 0; i < n; ++i) s += digits[rng() % 16];
  return s;
}

const char* pg_url() {
  const char* u = std::getenv("QF_TEST_PG_URL");
  return (u && *u) ? u : nullptr;
}

// postgresql://user@host:port/db?x → same with /name
std::string replace_dbname(const std::string& url, const std::string& name) {
  auto scheme = url.find("://");
  size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  auto query = url.find('?', start);
  std::string head = url.substr(0, query), tail = query == std::string::npos ? "" : url.substr(query);
  auto slash = head.find('/', start);
  if (slash == std::string::npos) return head + "/" + name + tail;
  return head.substr(0, slash + 1) + name + tail;
}

Status admin_execute(const std::string& sql) {
  store::DatabaseOptions o;
  o.url = pg_url();
  o.pool_size = 1;
  QF_TRY(auto admin, store::Database::open(o));
  QF_TRY(auto lease, admin->acquire());
  return lease->execute_script(sql);
}

}  // namespace

::testing::internal::ParamGenerator<DatabaseKind> AllDatabases() {
  return ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres);
}

std::string DatabaseName(const ::testing::TestParamInfo<DatabaseKind>& info) {
  return info.param == DatabaseKind::kSqlite ? "sqlite" : "postgres";
}

std::string skip_reason(DatabaseKind kind) {
  if (kind == DatabaseKind::kPostgres && !pg_url()) {
    return "QF_TEST_PG_URL is unset: PostgreSQL tests skipped (make test sets it)";
  }
  return {};
}

Result<std::unique_ptr<TestDatabase>> make_test_database(DatabaseKind kind, bool migrated) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  t->kind_ = kind;
  if (kind == DatabaseKind::kSqlite) {
    fs::path dir = fs::temp_directory_path() / ("qf-test-" + random_hex(12));
    fs::create_directories(dir);
    t->cleanup_ = dir.string();
    t->url_ = "sqlite:" + (dir / "qingfeng.db").string();
  } else {
    if (!pg_url()) return Error::invalid("test.no_pg", "未设置 QF_TEST_PG_URL", "QF_TEST_PG_URL is unset");
    std::string name = "qf_t_" + random_hex(16);
    QF_TRY_STATUS(admin_execute("CREATE DATABASE " + name));
    t->cleanup_ = name;
    t->url_ = replace_dbname(pg_url(), name);
  }
  QF_TRY_STATUS(t->reopen());
  if (migrated) QF_TRY_STATUS(store::migrate(*t->db_));
  return t;
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (cleanup_.empty()) return;
  if (kind_ == DatabaseKind::kSqlite) {
    std::error_code ec;
    fs::remove_all(cleanup_, ec);
  } else {
    (void)admin_execute("DROP DATABASE IF EXISTS " + cleanup_ + " WITH (FORCE)");
  }
}

void TestDatabase::close() { db_.reset(); }

Status TestDatabase::reopen() {
  store::DatabaseOptions o;
  o.url = url_;
  o.pool_size = 8;
  QF_TRY(auto db, store::Database::open(o));
  db_ = std::move(db);
  return {};
}

void DatabaseTest::SetUp() {
  if (auto reason = skip_reason(GetParam()); !reason.empty()) GTEST_SKIP() << reason;
  auto made = make_test_database(GetParam(), migrated_);
  ASSERT_TRUE(made.ok()) << made.error().to_string();
  test_db_ = std::move(made).value();
}

}  // namespace qf::testing
