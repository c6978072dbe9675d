// The Connection port on both databases: parameter and result types, placeholders,
// error mapping and transactions.
#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include <gtest/gtest.h>

#include "store/migration_set.h"
#include "support/test_databases.h"

namespace qf::store {
namespace {

class ConnectionTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto st = lease.value()->execute_script(substitute_tokens(
        "CREATE TABLE t_store_values (id @ID@, i @BIGINT@, d DOUBLE PRECISION, s TEXT, b @BLOB@, n TEXT);"
        "CREATE TABLE t_store_people (id @ID@, name TEXT NOT NULL UNIQUE);"
        "CREATE TABLE t_store_cases (id @ID@, person_id @BIGINT@ NOT NULL REFERENCES t_store_people(id), "
        "title TEXT NOT NULL)",
        lease.value()->dialect()));
    ASSERT_TRUE(st.ok()) << st.error().to_string();
  }
  int64_t count(const std::string& table) {
    auto lease = db().acquire();
    auto row = lease.value()->query_one("SELECT count(*) AS n FROM " + table);
    EXPECT_TRUE(row.ok());
    return row.ok() ? row->i64("n") : -1;
  }
};

TEST_P(ConnectionTest, EveryValueTypeRoundTripsExactly) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  const std::string blob_bytes("\0\x01\xff\x00清风\0", 11);
  const std::string chinese = "清风廉政监督平台 — 纪委 ‘引号’ \"双引号\" ?";
  auto id = lease.value()->insert("INSERT INTO t_store_values (i, d, s, b, n) VALUES (?, ?, ?, ?, ?) RETURNING id",
                          {int64_t{-9223372036854775807LL}, 3.25, chinese, Blob{blob_bytes}, nullptr});
  ASSERT_TRUE(id.ok()) << id.error().to_string();
  auto row = lease.value()->query_one("SELECT i, d, s, b, n FROM t_store_values WHERE id = ?", {*id});
  ASSERT_TRUE(row.ok()) << row.error().to_string();
  EXPECT_EQ(std::get<int64_t>(row->at("i")), -9223372036854775807LL);
  EXPECT_EQ(std::get<double>(row->at("d")), 3.25);
  EXPECT_EQ(std::get<std::string>(row->at("s")), chinese);
  ASSERT_TRUE(std::holds_alternative<Blob>(row->at("b")));
  EXPECT_EQ(std::get<Blob>(row->at("b")).bytes, blob_bytes);
  EXPECT_TRUE(row->is_null("n"));

  // An empty blob stays an empty blob, not NULL.
  auto id2 = lease.value()->insert("INSERT INTO t_store_values (b) VALUES (?) RETURNING id", {Blob{}});
  ASSERT_TRUE(id2.ok());
  auto row2 = lease.value()->query_one("SELECT b FROM t_store_values WHERE id = ?", {*id2});
  ASSERT_TRUE(row2.ok());
  ASSERT_FALSE(row2->is_null("b"));
  EXPECT_EQ(std::get<Blob>(row2->at("b")).bytes, "");
}

TEST_P(ConnectionTest, QuestionMarksInsideLiteralsAreNotPlaceholders) {
  auto lease = db().acquire();
  auto row = lease.value()->query_one("SELECT '是否?' AS q, ? AS p, 'a''?b' AS r", {std::string("参数")});
  ASSERT_TRUE(row.ok()) << row.error().to_string();
  EXPECT_EQ(row->text("q"), "是否?");
  EXPECT_EQ(row->text("p"), "参数");
  EXPECT_EQ(row->text("r"), "a'?b");
}

TEST_P(ConnectionTest, ExecuteCountsChangedRowsAndQueryOneReportsNotFound) {
  auto lease = db().acquire();
  for (const char* n : {"甲", "乙", "丙"}) {
    ASSERT_TRUE(lease.value()->execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string(n)}).ok());
  }
  auto changed = lease.value()->execute("UPDATE t_store_people SET name = name || '1' WHERE name <> ?", {std::string("甲")});
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(*changed, 2);
  auto none = lease.value()->query_one("SELECT id FROM t_store_people WHERE name = ?", {std::string("丁")});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().kind, ErrorKind::kNotFound);
  auto rs = lease.value()->query("SELECT name FROM t_store_people ORDER BY id");
  ASSERT_TRUE(rs.ok());
  ASSERT_EQ(rs->size(), 3u);
  EXPECT_EQ((*rs)[1].text("name"), "乙1");
  EXPECT_EQ(rs->columns().front(), "name");
}

TEST_P(ConnectionTest, IntegerAggregatesReadAsIntegers) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.value()->execute("INSERT INTO t_store_values (i) VALUES (?), (?)", {int64_t{1500}, int64_t{2500}}).ok());
  auto row = lease.value()->query_one("SELECT SUM(i) AS total, COUNT(*) AS n FROM t_store_values");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->i64("total"), 4000);
  EXPECT_EQ(row->text("total"), "4000");
  EXPECT_EQ(row->i64("n"), 2);
}

TEST_P(ConnectionTest, UniqueViolationIsAConflictNamingTheColumn) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.value()->execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string("张三")}).ok());
  auto dup = lease.value()->execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string("张三")});
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(dup.error().code, "db.unique");
  EXPECT_EQ(dup.error().field, "name");
  EXPECT_FALSE(dup.error().message_zh.empty());
  EXPECT_FALSE(dup.error().message_en.empty());
}

TEST_P(ConnectionTest, ForeignKeyViolationIsAConflict) {
  auto lease = db().acquire();
  auto bad = lease.value()->execute("INSERT INTO t_store_cases (person_id, title) VALUES (?, ?)",
                            {int64_t{424242}, std::string("线索")});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(bad.error().code, "db.foreign_key");
}

TEST_P(ConnectionTest, TransactionCommitsWhenTheBodySucceeds) {
  Status st = db().transaction([](Connection& c) -> Status {
    QF_TRY_STATUS(c.execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string("李四")}));
    return {};
  });
  ASSERT_TRUE(st.ok()) << st.error().to_string();
  EXPECT_EQ(count("t_store_people"), 1);
}

TEST_P(ConnectionTest, TransactionRollsBackWhenTheBodyReturnsAnError) {
  Result<int64_t> r = db().transaction([](Connection& c) -> Result<int64_t> {
    QF_TRY(int64_t id, c.insert("INSERT INTO t_store_people (name) VALUES (?) RETURNING id", {std::string("王五")}));
    (void)id;
    return Error::invalid("test.refused", "拒绝", "refused");
  });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "test.refused");
  EXPECT_EQ(count("t_store_people"), 0);
}

TEST_P(ConnectionTest, TransactionRollsBackWhenAStatementFails) {
  auto st = db().transaction([](Connection& c) -> Status {
    QF_TRY_STATUS(c.execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string("赵六")}));
    QF_TRY_STATUS(c.execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string("赵六")}));
    return {};
  });
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.unique");
  EXPECT_EQ(count("t_store_people"), 0);
}

TEST_P(ConnectionTest, TransactionRollsBackWhenTheBodyThrows) {
  EXPECT_THROW((void)db().transaction([](Connection& c) -> Status {
                 EXPECT_TRUE(c.execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string("孙七")}).ok());
                 throw std::runtime_error("boom");
               }),
               std::runtime_error);
  EXPECT_EQ(count("t_store_people"), 0);
  // The connection went back to the pool usable, outside any transaction.
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  EXPECT_FALSE(lease.value()->in_transaction());
}

TEST_P(ConnectionTest, ALeaseDroppedMidTransactionIsRolledBack) {
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->begin().ok());
    ASSERT_TRUE(lease.value()->execute("INSERT INTO t_store_people (name) VALUES (?)", {std::string("周八")}).ok());
  }
  EXPECT_EQ(count("t_store_people"), 0);
}

INSTANTIATE_TEST_SUITE_P(Both, ConnectionTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

// Opening: SQLite creates the folder; a wrong PostgreSQL address fails at open.
TEST(DatabaseOpen, SqliteCreatesTheFolderOfTheFile) {
  auto dir = std::filesystem::temp_directory_path() / ("qf-open-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  DatabaseOptions o;
  o.url = "sqlite:" + (dir / "sub" / "q.db").string();
  {
    auto db = Database::open(o);
    ASSERT_TRUE(db.ok()) << db.error().to_string();
    EXPECT_TRUE(std::filesystem::exists(dir / "sub" / "q.db"));
    EXPECT_EQ((*db)->display_url(), o.url);
    auto lease = (*db)->acquire();
    auto mode = lease.value()->query_one("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok());
    EXPECT_EQ(mode->text(0), "wal");
    auto fk = lease.value()->query_one("PRAGMA foreign_keys");
    ASSERT_TRUE(fk.ok());
    EXPECT_EQ(fk->i64(0), 1);
  }
  std::filesystem::remove_all(dir);
}

TEST(DatabaseOpen, InMemoryDatabaseIsSharedAcrossLeases) {
  DatabaseOptions o;
  o.url = "sqlite::memory:";
  auto db = Database::open(o);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(migrate(**db).ok());
  {
    auto lease = (*db)->acquire();
    ASSERT_TRUE(lease.value()->execute("INSERT INTO settings (key, value) VALUES ('k', 'v')").ok());
  }
  auto lease = (*db)->acquire();
  auto row = lease.value()->query_one("SELECT value FROM settings WHERE key = 'k'");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->text("value"), "v");
}

TEST(DatabaseOpen, UnreachablePostgresIsUnavailableWithoutThePassword) {
  DatabaseOptions o;
  o.url = "postgresql://qf:topsecret@127.0.0.1:1/nothing?connect_timeout=2";
  auto db = Database::open(o);
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().kind, ErrorKind::kUnavailable);
  EXPECT_EQ(db.error().message_en.find("topsecret"), std::string::npos);
  EXPECT_EQ(db.error().message_zh.find("topsecret"), std::string::npos);
}

}  // namespace
}  // namespace qf::store
