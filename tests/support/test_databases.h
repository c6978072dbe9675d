#pragma once
// Test databases on both dialects, so that every integration test runs against SQLite
// and PostgreSQL.
//
// Usage (a parameterised fixture; each test gets a fresh, migrated database):
//
//   #include "support/test_databases.h"
//
//   class PeopleStoreTest : public qf::testing::DatabaseTest {};
//
//   TEST_P(PeopleStoreTest, InsertsAPerson) {
//     auto conn = db().acquire();               // qf::store::Database& db()
//     ASSERT_TRUE(conn.ok());
//     ...
//     // url() is the database URL, e.g. to start `qingfeng serve --database URL`.
//   }
//
//   INSTANTIATE_TEST_SUITE_P(Both, PeopleStoreTest, qf::testing::AllDatabases(),
//                            qf::testing::DatabaseName);
//
// Test names end in /sqlite and /postgres. SQLite databases are temporary files
// (removed afterwards). PostgreSQL databases are created as qf_t_<random> on the server
// named by the environment variable QF_TEST_PG_URL (make test starts one; see
// scripts/pg-throwaway.sh) and dropped afterwards; when QF_TEST_PG_URL is unset the
// PostgreSQL tests are skipped (GTEST_SKIP), never failed.
//
// Without the fixture: make_test_database(kind) gives the same thing as a value;
// call skip_reason(kind) first (non-empty → GTEST_SKIP() << reason).
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "core/result.h"
#include "store/database.h"

namespace qf::testing {

enum class DatabaseKind { kSqlite, kPostgres };

// For INSTANTIATE_TEST_SUITE_P: both kinds, and names "sqlite" / "postgres".
::testing::internal::ParamGenerator<DatabaseKind> AllDatabases();
std::string DatabaseName(const ::testing::TestParamInfo<DatabaseKind>& info);

// Why tests of this kind cannot run here ("" when they can).
std::string skip_reason(DatabaseKind kind);

// A fresh database, deleted (SQLite file removed / PostgreSQL database dropped) when
// this object is destroyed.
class TestDatabase {
 public:
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  store::Database& db() { return *db_; }
  const std::string& url() const { return url_; }
  DatabaseKind kind() const { return kind_; }
  // Closes this process's connections (e.g. before a `qingfeng` process uses the
  // database exclusively, such as `qingfeng restore`); reopen() opens it again.
  void close();
  Status reopen();

 private:
  friend Result<std::unique_ptr<TestDatabase>> make_test_database(DatabaseKind, bool);
  TestDatabase() = default;
  DatabaseKind kind_ = DatabaseKind::kSqlite;
  std::string url_;
  std::string cleanup_;  // SQLite folder to remove, or PostgreSQL database to drop
  std::unique_ptr<store::Database> db_;
};

// Opens a fresh database of `kind` (migrated to the binary's version when `migrated`).
Result<std::unique_ptr<TestDatabase>> make_test_database(DatabaseKind kind, bool migrated = true);

// The parameterised fixture of the usage example above.
class DatabaseTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  void SetUp() override;
  void TearDown() override { test_db_.reset(); }
  store::Database& db() { return test_db_->db(); }
  const std::string& url() const { return test_db_->url(); }
  TestDatabase& test_database() { return *test_db_; }
  bool migrated_ = true;  // set false in a derived constructor for an empty database

 private:
  std::unique_ptr<TestDatabase> test_db_;
};

}  // namespace qf::testing
