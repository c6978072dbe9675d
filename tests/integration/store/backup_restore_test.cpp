// Backup and restore on both databases: exact round trip, a consistent backup while
// another thread writes, and refusal (data untouched) of damaged or too-new backups.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "store/migration_set.h"
#include "support/test_databases.h"

namespace qf::store {
namespace {
namespace fs = std::filesystem;

class BackupRestoreTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    dir_ = fs::temp_directory_path() / ("qf-backup-test-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    auto lease = db().acquire();
    auto st = lease.value()->execute_script(substitute_tokens(
        "CREATE TABLE t_store_docs (id @ID@, title TEXT NOT NULL, body @BLOB@, amount_fen @BIGINT@);"
        "CREATE TABLE t_store_totals (id @BIGINT@ PRIMARY KEY, n @BIGINT@ NOT NULL);"
        "INSERT INTO t_store_totals (id, n) VALUES (1, 0)",
        lease.value()->dialect()));
    ASSERT_TRUE(st.ok()) << st.error().to_string();
    for (int i = 0; i < 20; ++i) {
      ASSERT_TRUE(lease.value()->execute("INSERT INTO t_store_docs (title, body, amount_fen) VALUES (?, ?, ?)",
                                 {"文件" + std::to_string(i), Blob{std::string("\0x", 2) + std::to_string(i)},
                                  int64_t{i * 100}}).ok());
    }
  }
  void TearDown() override {
    DatabaseTest::TearDown();
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  std::string backup_path() const {
    return (dir_ / (GetParam() == qf::testing::DatabaseKind::kSqlite ? "b.db" : "b.dump")).string();
  }
  // Every row of t_store_docs as one text, for exact comparison.
  std::string snapshot() {
    auto lease = db().acquire();
    auto rs = lease.value()->query("SELECT id, title, body, amount_fen FROM t_store_docs ORDER BY id");
    EXPECT_TRUE(rs.ok());
    std::string out;
    if (rs.ok())
      for (const auto& r : *rs) out += r.text("id") + "|" + r.text("title") + "|" + r.text("body") + "|" + r.text("amount_fen") + "\n";
    return out;
  }
  int64_t scalar(const std::string& sql) {
    auto lease = db().acquire();
    auto row = lease.value()->query_one(sql);
    EXPECT_TRUE(row.ok()) << (row.ok() ? "" : row.error().to_string());
    return row.ok() ? row->i64(0) : -1;
  }
  fs::path dir_;
};

TEST_P(BackupRestoreTest, BackupThenModifyThenRestoreGivesBackExactlyTheBackedUpData) {
  const std::string before = snapshot();
  auto st = db().backup_to(backup_path());
  ASSERT_TRUE(st.ok()) << st.error().to_string();
  ASSERT_TRUE(fs::exists(backup_path()));
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->execute("DELETE FROM t_store_docs WHERE id < 5").ok());
    ASSERT_TRUE(lease.value()->execute("UPDATE t_store_docs SET title = '改' WHERE id = 10").ok());
    ASSERT_TRUE(lease.value()->execute("INSERT INTO t_store_docs (title) VALUES ('新')").ok());
    ASSERT_TRUE(lease.value()->execute("CREATE TABLE t_store_after (x INTEGER)").ok());
  }
  ASSERT_NE(snapshot(), before);
  auto restored = db().restore_from(backup_path());
  ASSERT_TRUE(restored.ok()) << restored.error().to_string();
  EXPECT_EQ(snapshot(), before);
  // Objects created after the backup are gone, and the schema is current.
  auto lease = db().acquire();
  EXPECT_FALSE(lease.value()->query("SELECT x FROM t_store_after").ok());
  auto v = schema_version(lease.value().get());
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, binary_schema_version());
  // Identity columns continue after the restored rows.
  auto id = lease.value()->insert("INSERT INTO t_store_docs (title) VALUES ('后') RETURNING id");
  ASSERT_TRUE(id.ok()) << id.error().to_string();
  EXPECT_GT(*id, 20);
}

TEST_P(BackupRestoreTest, ABackupTakenWhileAnotherThreadWritesIsConsistent) {
  std::atomic<bool> stop{false};
  std::atomic<int> written{0}, failures{0};
  std::thread writer([&] {
    while (!stop) {
      Status st = db().transaction([](Connection& c) -> Status {
        QF_TRY_STATUS(c.execute("INSERT INTO t_store_docs (title, amount_fen) VALUES ('并发', 1)"));
        QF_TRY_STATUS(c.execute("UPDATE t_store_totals SET n = n + 1 WHERE id = 1"));
        return {};
      });
      if (st.ok()) ++written; else ++failures;
    }
  });
  while (written < 20) std::this_thread::yield();
  auto st = db().backup_to(backup_path());
  while (written < 40) std::this_thread::yield();  // keep writing after the backup too
  stop = true;
  writer.join();
  ASSERT_TRUE(st.ok()) << st.error().to_string();
  EXPECT_EQ(failures.load(), 0);
  const int64_t final_docs = scalar("SELECT count(*) FROM t_store_docs");

  ASSERT_TRUE(db().restore_from(backup_path()).ok());
  const int64_t docs = scalar("SELECT count(*) FROM t_store_docs WHERE title = '并发'");
  const int64_t total = scalar("SELECT n FROM t_store_totals WHERE id = 1");
  EXPECT_EQ(docs, total);  // both tables from the same instant
  EXPECT_GE(docs, 20);
  EXPECT_LT(20 + docs, final_docs);
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_P(BackupRestoreTest, AGarbageFileIsRefusedNamingItAndTheDataIsUntouched) {
  const std::string before = snapshot();
  const std::string bad = (dir_ / "garbage.bak").string();
  write_file(bad, std::string("this is not a backup at all\n") + std::string(5000, 'x'));
  auto st = db().restore_from(bad);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.backup_invalid");
  EXPECT_EQ(st.error().field, bad);
  EXPECT_NE(st.error().message_zh.find(bad), std::string::npos);
  EXPECT_NE(st.error().message_en.find(bad), std::string::npos);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(BackupRestoreTest, ATruncatedBackupIsRefusedAndTheDataIsUntouched) {
  ASSERT_TRUE(db().backup_to(backup_path()).ok());
  std::string bytes = read_file(backup_path());
  ASSERT_GT(bytes.size(), 1000u);
  const std::string cut = (dir_ / "truncated.bak").string();
  write_file(cut, bytes.substr(0, bytes.size() / 2));
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->execute("INSERT INTO t_store_docs (title) VALUES ('备份之后')").ok());
  }
  const std::string before = snapshot();
  auto st = db().restore_from(cut);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.backup_invalid");
  EXPECT_EQ(st.error().field, cut);
  EXPECT_EQ(snapshot(), before);
}

TEST_P(BackupRestoreTest, AMissingFileIsRefused) {
  auto st = db().restore_from((dir_ / "nope.bak").string());
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.backup_missing");
}

TEST_P(BackupRestoreTest, ABackupFromANewerSchemaIsRefused) {
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->execute("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', 0)").ok());
  }
  ASSERT_TRUE(db().backup_to(backup_path()).ok());
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->execute("DELETE FROM schema_version WHERE version = 9999").ok());
    ASSERT_TRUE(lease.value()->execute("DELETE FROM t_store_docs").ok());
  }
  auto st = db().restore_from(backup_path());
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.schema_too_new");
  EXPECT_NE(st.error().message_en.find("9999"), std::string::npos);
  EXPECT_NE(st.error().message_zh.find(backup_path()), std::string::npos);
  EXPECT_EQ(scalar("SELECT count(*) FROM t_store_docs"), 0);  // untouched
}

TEST_P(BackupRestoreTest, ABackupWithoutQingfengSchemaIsRefused) {
  const std::string other = (dir_ / "other.bak").string();
  if (GetParam() == qf::testing::DatabaseKind::kSqlite) {
    DatabaseOptions o;
    o.url = "sqlite:" + other;
    auto plain = Database::open(o);
    ASSERT_TRUE(plain.ok());
    auto lease = (*plain)->acquire();
    ASSERT_TRUE(lease.value()->execute("CREATE TABLE unrelated (x INTEGER)").ok());
  } else {
    // A dump of a database without schema_version.
    auto empty = qf::testing::make_test_database(qf::testing::DatabaseKind::kPostgres, /*migrated=*/false);
    ASSERT_TRUE(empty.ok());
    {
      auto lease = (*empty)->db().acquire();
      ASSERT_TRUE(lease.value()->execute("CREATE TABLE unrelated (x INTEGER)").ok());
    }
    ASSERT_TRUE((*empty)->db().backup_to(other).ok());
  }
  const std::string before = snapshot();
  auto st = db().restore_from(other);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, "db.backup_invalid");
  EXPECT_EQ(snapshot(), before);
}

INSTANTIATE_TEST_SUITE_P(Both, BackupRestoreTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

// An in-memory SQLite database (tests, demos) backs up and restores too.
TEST(InMemoryBackup, RoundTrip) {
  DatabaseOptions o;
  o.url = "sqlite::memory:";
  auto db = Database::open(o);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(migrate(**db).ok());
  const auto path = (fs::temp_directory_path() / ("qf-mem-backup-" + std::to_string(::getpid()) + ".db")).string();
  {
    auto lease = (*db)->acquire();
    ASSERT_TRUE(lease.value()->execute("INSERT INTO settings (key, value) VALUES ('k', '原值')").ok());
  }
  ASSERT_TRUE((*db)->backup_to(path).ok());
  {
    auto lease = (*db)->acquire();
    ASSERT_TRUE(lease.value()->execute("UPDATE settings SET value = '新值'").ok());
  }
  auto st = (*db)->restore_from(path);
  ASSERT_TRUE(st.ok()) << st.error().to_string();
  auto lease = (*db)->acquire();
  auto row = lease.value()->query_one("SELECT value FROM settings WHERE key = 'k'");
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->text("value"), "原值");
  fs::remove(path);
}

}  // namespace
}  // namespace qf::store
