// `qingfeng migrate`, `backup` and `restore` through the real binary (QF_BINARY), on
// both databases. Skipped when QF_BINARY is unset.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include <gtest/gtest.h>

#include "store/migration_set.h"
#include "support/test_databases.h"

namespace qf::store {
namespace {
namespace fs = std::filesystem;

struct CommandRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

class CliTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    const char* bin = std::getenv("QF_BINARY");
    if (!bin || !*bin) GTEST_SKIP() << "QF_BINARY is unset: CLI tests skipped (make test sets it)";
    binary_ = bin;
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    work_ = fs::temp_directory_path() / ("qf-cli-test-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(work_);
    // A config file with only the backup folder; the URL comes from --database.
    std::ofstream(work_ / "qingfeng.toml") << "[database]\nbackup_dir = \"" << (work_ / "backups").string() << "\"\n";
  }
  void TearDown() override {
    DatabaseTest::TearDown();
    std::error_code ec;
    if (!work_.empty()) fs::remove_all(work_, ec);
  }
  CommandRun qingfeng(const std::string& args) {
    std::string cmd = "cd '" + work_.string() + "' && '" + binary_ + "' --config qingfeng.toml --database '" + url() +
                      "' " + args + " </dev/null 2>&1";
    CommandRun r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
    int status = ::pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
  }
  std::string setting(const std::string& key) {
    auto lease = db().acquire();
    auto row = lease.value()->query_one("SELECT value FROM settings WHERE key = ?", {key});
    return row.ok() ? row->text("value") : "<none>";
  }
  void put_setting(const std::string& key, const std::string& value) {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.value()->execute("DELETE FROM settings WHERE key = ?", {key}).ok());
    ASSERT_TRUE(lease.value()->execute("INSERT INTO settings (key, value) VALUES (?, ?)", {key, value}).ok());
  }
  std::string binary_;
  fs::path work_;
};

TEST_P(CliTest, MigrateCheckReportsVersionsAndExitCode) {
  auto check = qingfeng("migrate --check");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  const std::string v = std::to_string(binary_schema_version());
  EXPECT_NE(check.output.find("current schema version: " + v), std::string::npos) << check.output;
  EXPECT_NE(check.output.find("binary schema version: " + v), std::string::npos) << check.output;
  auto again = qingfeng("migrate");
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("schema version: " + v), std::string::npos) << again.output;
}

TEST_P(CliTest, BackupModifyRestoreThroughTheBinary) {
  put_setting("motto", "清正廉洁");
  const std::string file = (work_ / "manual.bak").string();
  auto backup = qingfeng("backup --output '" + file + "'");
  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  ASSERT_TRUE(fs::exists(file));
  EXPECT_NE(backup.output.find(file), std::string::npos);

  put_setting("motto", "已修改");
  test_database().close();  // restore needs the database to itself
  auto restore = qingfeng("restore '" + file + "' --yes");
  ASSERT_TRUE(test_database().reopen().ok());
  ASSERT_EQ(restore.exit_code, 0) << restore.output;
  EXPECT_EQ(setting("motto"), "清正廉洁");
  // The data before the restore was kept in the backup folder.
  ASSERT_TRUE(fs::exists(work_ / "backups"));
  EXPECT_FALSE(fs::is_empty(work_ / "backups"));
}

TEST_P(CliTest, DefaultBackupNameGoesToTheBackupFolder) {
  auto first = qingfeng("backup");
  ASSERT_EQ(first.exit_code, 0) << first.output;
  auto second = qingfeng("backup");
  ASSERT_EQ(second.exit_code, 0) << second.output;
  int files = 0;
  for (const auto& e : fs::directory_iterator(work_ / "backups")) {
    EXPECT_EQ(e.path().filename().string().rfind("qingfeng-", 0), 0u) << e.path();
    ++files;
  }
  EXPECT_EQ(files, 2);  // two backups in one second do not overwrite each other
}

// What the binary creates is the service account's alone, whatever the caller's umask:
// a world-readable database, WAL or backup would hand personal data to every local
// user (#14). The test runs the binary under umask 022, the usual default.
TEST_P(CliTest, FilesTheBinaryCreatesAreOwnerOnly) {
  const mode_t before = ::umask(022);
  auto backup = qingfeng("backup");
  std::string cmd = "cd '" + work_.string() + "' && '" + binary_ + "' --config qingfeng.toml --database 'sqlite:" +
                    (work_ / "fresh" / "new.db").string() + "' migrate </dev/null >/dev/null 2>&1";
  const int migrated = std::system(cmd.c_str());
  ::umask(before);
  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  ASSERT_EQ(migrated, 0);
  auto mode = [](const fs::path& p) { return fs::status(p).permissions() & fs::perms::all; };
  EXPECT_EQ(mode(work_ / "backups"), fs::perms::owner_all);
  int files = 0;
  for (const auto& e : fs::directory_iterator(work_ / "backups")) {
    EXPECT_EQ(mode(e.path()), fs::perms::owner_read | fs::perms::owner_write) << e.path();
    ++files;
  }
  EXPECT_EQ(files, 1);
  EXPECT_EQ(mode(work_ / "fresh"), fs::perms::owner_all);
  for (const auto& e : fs::directory_iterator(work_ / "fresh"))  // new.db, and -wal/-shm when left
    EXPECT_EQ(mode(e.path()), fs::perms::owner_read | fs::perms::owner_write) << e.path();
}

TEST_P(CliTest, RestoreOfADamagedFileFailsNamingItAndChangesNothing) {
  put_setting("motto", "原样");
  const std::string bad = (work_ / "damaged.bak").string();
  std::ofstream(bad) << "not a backup";
  test_database().close();
  auto restore = qingfeng("restore '" + bad + "' --yes");
  ASSERT_TRUE(test_database().reopen().ok());
  EXPECT_NE(restore.exit_code, 0);
  EXPECT_NE(restore.output.find(bad), std::string::npos) << restore.output;
  EXPECT_NE(restore.output.find("nothing was changed"), std::string::npos) << restore.output;
  EXPECT_EQ(setting("motto"), "原样");
}

TEST_P(CliTest, RestoreWithoutYesIsRefusedWhenNotInteractive) {
  const std::string file = (work_ / "b.bak").string();
  ASSERT_EQ(qingfeng("backup --output '" + file + "'").exit_code, 0);
  auto restore = qingfeng("restore '" + file + "'");
  EXPECT_NE(restore.exit_code, 0);
  EXPECT_NE(restore.output.find("--yes"), std::string::npos) << restore.output;
}

TEST_P(CliTest, SqliteRestoreIsRefusedWhileAnotherProcessUsesTheDatabase) {
  if (GetParam() != qf::testing::DatabaseKind::kSqlite) GTEST_SKIP() << "SQLite only";
  put_setting("motto", "在用");
  const std::string file = (work_ / "b.bak").string();
  ASSERT_EQ(qingfeng("backup --output '" + file + "'").exit_code, 0);
  put_setting("motto", "仍在用");
  auto lease = db().acquire();  // this process keeps the database open, like a running service
  ASSERT_TRUE(lease.ok());
  auto restore = qingfeng("restore '" + file + "' --yes");
  EXPECT_NE(restore.exit_code, 0);
  EXPECT_NE(restore.output.find("in use"), std::string::npos) << restore.output;
  auto row = lease.value()->query_one("SELECT value FROM settings WHERE key = 'motto'");
  ASSERT_TRUE(row.ok()) << row.error().to_string();
  EXPECT_EQ(row->text("value"), "仍在用");
}

// #14: a backup file is encrypted — the plain database copy never reaches the target.
// Today's main wrote the SQLite file / pg_dump archive as it is, so the marker text was
// in it.
std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_P(CliTest, BackupFileIsEncryptedOwnerOnlyAndHoldsNoPlainText) {
  put_setting("motto", "明文标记-PlainMarker-4711");
  auto backup = qingfeng("backup");
  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(work_ / "backups")) files.push_back(e.path());
  ASSERT_EQ(files.size(), 1u);  // no plain copy or temporary folder left behind
  const std::string bytes = read_file(files[0]);
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 8), "QFBACKUP");
  EXPECT_EQ(bytes.find("PlainMarker-4711"), std::string::npos);
  EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);
  EXPECT_EQ(bytes.find("PGDMP"), std::string::npos);
  EXPECT_EQ(bytes.find("audit_log"), std::string::npos);
  EXPECT_EQ(fs::status(files[0]).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(fs::status(work_ / "backups").permissions() & fs::perms::all, fs::perms::owner_all);
}

TEST_P(CliTest, AnExistingBackupFolderOpenToOthersIsTightened) {
  fs::create_directories(work_ / "backups");
  fs::permissions(work_ / "backups", fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                         fs::perms::others_read | fs::perms::others_exec);
  auto backup = qingfeng("backup");
  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  EXPECT_EQ(fs::status(work_ / "backups").permissions() & fs::perms::all, fs::perms::owner_all);
  EXPECT_NE(backup.output.find("0700"), std::string::npos) << backup.output;
}

TEST_P(CliTest, TamperedOrTruncatedBackupIsRefusedAndChangesNothing) {
  put_setting("motto", "备份时");
  const std::string file = (work_ / "b.qfbak").string();
  ASSERT_EQ(qingfeng("backup --output '" + file + "'").exit_code, 0);
  put_setting("motto", "现在的");
  std::string bytes = read_file(file);
  const fs::path flipped = work_ / "flipped.qfbak", cut = work_ / "cut.qfbak";
  std::string f = bytes;
  f[f.size() / 2] = static_cast<char>(f[f.size() / 2] ^ 0x01);
  std::ofstream(flipped, std::ios::binary) << f;
  std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() - 100);
  test_database().close();
  auto r1 = qingfeng("restore '" + flipped.string() + "' --yes");
  auto r2 = qingfeng("restore '" + cut.string() + "' --yes");
  ASSERT_TRUE(test_database().reopen().ok());
  for (const auto* r : {&r1, &r2}) {
    EXPECT_NE(r->exit_code, 0);
    EXPECT_NE(r->output.find("已损坏、被截断或被篡改"), std::string::npos) << r->output;
    EXPECT_NE(r->output.find("damaged, truncated or was altered"), std::string::npos) << r->output;
    EXPECT_NE(r->output.find("nothing was changed"), std::string::npos) << r->output;
  }
  EXPECT_NE(r1.output.find(flipped.string()), std::string::npos) << r1.output;
  EXPECT_EQ(setting("motto"), "现在的");
  // No safety backup was made for a refused file, and no decrypted copy is left.
  if (fs::exists(work_ / "backups"))
    for (const auto& e : fs::directory_iterator(work_ / "backups")) ADD_FAILURE() << "left behind: " << e.path();
}

TEST_P(CliTest, BackupOfAnotherServerKeyIsRefusedUntilThatKeyIsBack) {
  put_setting("motto", "旧密钥时");
  const std::string file = (work_ / "b.qfbak").string();
  ASSERT_EQ(qingfeng("backup --output '" + file + "'").exit_code, 0);
  put_setting("motto", "现在的");
  const fs::path key = work_ / "data" / "qingfeng.key";
  ASSERT_TRUE(fs::exists(key));
  fs::rename(key, work_ / "old.key");
  {
    std::ofstream(key) << "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n";
    fs::permissions(key, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
  }
  test_database().close();
  auto refused = qingfeng("restore '" + file + "' --yes");
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.output.find("另一把服务器密钥"), std::string::npos) << refused.output;
  EXPECT_NE(refused.output.find("another server key"), std::string::npos) << refused.output;
  // The old key kept as a retired copy (what `qingfeng security rotate-key` does) opens it.
  fs::rename(work_ / "old.key", work_ / "data" / "qingfeng.key.retired-20260101-000000");
  auto restored = qingfeng("restore '" + file + "' --yes");
  ASSERT_TRUE(test_database().reopen().ok());
  ASSERT_EQ(restored.exit_code, 0) << restored.output;
  EXPECT_EQ(setting("motto"), "旧密钥时");
}

TEST_P(CliTest, PassphraseBackupNeedsTheRightPassphrase) {
  put_setting("motto", "口令备份");
  std::ofstream(work_ / "pass.txt") << "correct horse battery staple\n";
  std::ofstream(work_ / "wrong.txt") << "wrong horse battery staple\n";
  std::ofstream(work_ / "short.txt") << "short\n";
  const std::string file = (work_ / "p.qfbak").string();
  auto short_pw = qingfeng("backup --passphrase-file short.txt --output '" + file + "'");
  EXPECT_NE(short_pw.exit_code, 0);
  EXPECT_NE(short_pw.output.find("at least 12"), std::string::npos) << short_pw.output;
  auto backup = qingfeng("backup --passphrase-file pass.txt --output '" + file + "'");
  ASSERT_EQ(backup.exit_code, 0) << backup.output;
  EXPECT_EQ(read_file(file).find("口令备份"), std::string::npos);
  put_setting("motto", "之后");
  test_database().close();
  auto none = qingfeng("restore '" + file + "' --yes");
  auto wrong = qingfeng("restore '" + file + "' --yes --passphrase-file wrong.txt");
  auto right = qingfeng("restore '" + file + "' --yes --passphrase-file pass.txt");
  ASSERT_TRUE(test_database().reopen().ok());
  EXPECT_NE(none.exit_code, 0);
  EXPECT_NE(none.output.find("--passphrase-file"), std::string::npos) << none.output;
  EXPECT_NE(wrong.exit_code, 0);
  EXPECT_NE(wrong.output.find("wrong passphrase"), std::string::npos) << wrong.output;
  EXPECT_NE(wrong.output.find("口令不对"), std::string::npos) << wrong.output;
  ASSERT_EQ(right.exit_code, 0) << right.output;
  EXPECT_EQ(setting("motto"), "口令备份");
}

TEST_P(CliTest, UnencryptedBackupOfAnOlderReleaseNeedsExplicitConsent) {
  put_setting("motto", "旧版备份");
  const std::string plain = (work_ / "old-release.db").string();
  ASSERT_TRUE(db().backup_to(plain).ok());  // what an older release wrote
  put_setting("motto", "现在的");
  test_database().close();
  auto refused = qingfeng("restore '" + plain + "' --yes");
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.output.find("--allow-unencrypted"), std::string::npos) << refused.output;
  auto allowed = qingfeng("restore '" + plain + "' --yes --allow-unencrypted");
  ASSERT_TRUE(test_database().reopen().ok());
  ASSERT_EQ(allowed.exit_code, 0) << allowed.output;
  EXPECT_EQ(setting("motto"), "旧版备份");
}

INSTANTIATE_TEST_SUITE_P(Both, CliTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::store
