// TOTP at rest through the real `qingfeng` binary, on SQLite and PostgreSQL: two
// `serve` processes sharing one key file both verify codes, sign-in survives a restart
// and a backup/restore with the same key file, a wrong key file gives the generic
// "二次验证失败" to the user and the cause in the log, and `serve` / `init` create a
// missing key file 0600 and refuse one the group or others can read.
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "core/clock.h"
#include "domain/auth/totp_seal.h"
#include "support/http_client.h"
#include "support/server_process.h"
#include "totp_fixture.h"

namespace qf::totp_testing {
namespace {

using auth::totp::code_at;
using qf::testing::HttpClient;
using qf::testing::HttpResponse;
using qf::testing::ServerProcess;

class TotpServerTest : public TotpDatabaseTest {
 protected:
  void SetUp() override {
    ::setenv("QF_BINARY", QF_TOTP_BINARY, 0);  // make test's QF_BINARY wins
    TotpDatabaseTest::SetUp();
  }
  void TearDown() override {
    for (auto& s : servers_)
      if (s) s->stop();
    servers_.clear();
    TotpDatabaseTest::TearDown();
  }
  std::string config_for(const std::string& key_file) const {
    return "[security]\nargon2_opslimit = 1\nargon2_memlimit = 8388608\nlogin_rate_per_minute = 1000\n"
           "secret_key_file = \"" + key_file + "\"\n";
  }
  // With `by_env`, the key file is named by QF_SECURITY_SECRET_KEY_FILE instead of the
  // configuration file.
  ServerProcess* start(const std::string& key_file, bool by_env = false) {
    qf::testing::ServerProcessOptions o;
    o.database_url = url();
    o.config_toml = config_for(by_env ? (dir_ / "not-this.key").string() : key_file);
    if (by_env) o.env.emplace_back("QF_SECURITY_SECRET_KEY_FILE", key_file);
    auto s = ServerProcess::start(o);
    EXPECT_TRUE(s.ok()) << s.error().to_string();
    if (!s.ok()) return nullptr;
    servers_.push_back(std::move(s).value());
    return servers_.back().get();
  }
  static HttpResponse login(HttpClient& c, const std::string& user, const std::string& code) {
    return c.post_json("/api/v1/auth/login", {{"username", user}, {"password", kPassword}, {"totp_code", code}});
  }
  // Starts a server with `key_file` and signs `user` in with `code` on it.
  HttpResponse login_on_new_server(const std::string& key_file, const std::string& user, const std::string& code) {
    ServerProcess* server = start(key_file);
    if (!server) return {};
    HttpClient c(server->port());
    return login(c, user, code);
  }
  // The current TOTP step, waited out when fewer than 10 s of it remain, so that the few
  // codes a test sends stay inside the ±1 window (no timing is asserted).
  static int64_t fresh_step() {
    int64_t now = qf::SystemClock().now_ms();
    if (now % 30000 > 20000) {
      std::this_thread::sleep_for(std::chrono::milliseconds(30000 - now % 30000 + 200));
      now = qf::SystemClock().now_ms();
    }
    return now / 30000;
  }
  // Enrols TOTP for `id` at real time (code of step s-1 consumed); returns the secret.
  std::string enrol(int64_t id, int64_t s) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto setup = auth::begin_totp_setup(lease->get(), sec, id);
    EXPECT_TRUE(setup.ok()) << setup.error().to_string();
    if (!setup.ok()) return {};
    auto st = auth::enable_totp(lease->get(), sec, id, code_at(setup->secret, s - 1), qf::SystemClock().now_ms());
    EXPECT_TRUE(st.ok()) << st.error().to_string();
    return setup->secret;
  }
  qf::testing::CommandResult qingfeng(const std::string& key_file, std::vector<std::string> args) {
    const std::string cfg = (dir_ / "cli.toml").string();
    std::ofstream(cfg) << config_for(key_file) << "[database]\nbackup_dir = \"" << (dir_ / "backups").string()
                       << "\"\n";
    std::vector<std::string> all{"--config", cfg, "--database", url()};
    all.insert(all.end(), args.begin(), args.end());
    return qf::testing::run_qingfeng(all);
  }

  std::vector<std::unique_ptr<ServerProcess>> servers_;
};

TEST_P(TotpServerTest, TwoProcessesWithOneKeyFileBothVerifyCodesAlsoAfterARestart) {
  const int64_t id = make_account("jiwei");
  const int64_t s = fresh_step();
  const std::string secret = enrol(id, s);
  ServerProcess* a = start(sec.secret_key_file);
  ServerProcess* b = start(sec.secret_key_file, /*by_env=*/true);
  ASSERT_TRUE(a && b);
  EXPECT_FALSE(fs::exists(dir_ / "not-this.key"));  // the environment overrides the file
  {
    HttpClient ca(a->port());
    auto r = login(ca, "jiwei", code_at(secret, s));
    ASSERT_EQ(r.status, 200) << r.body;
    HttpClient cb(b->port());
    auto r2 = login(cb, "jiwei", code_at(secret, s + 1));
    ASSERT_EQ(r2.status, 200) << r2.body;
    // The code used on one process is spent on the other too.
    HttpClient again(a->port());
    EXPECT_EQ(login(again, "jiwei", code_at(secret, s + 1)).error_code(), "auth.totp_invalid");
  }
  // Restart process a: the key comes from the same file; move its clock 3 steps on so a
  // code later than the last one used is current.
  EXPECT_EQ(a->stop(), 0);
  ServerProcess* a2 = start(sec.secret_key_file);
  ASSERT_TRUE(a2);
  HttpClient c(a2->port());
  ASSERT_EQ(c.post_json("/api/v1/test/clock", {{"offset_ms", 90000}}).status, 200);
  auto r = login(c, "jiwei", code_at(secret, s + 3));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(a2->output().find(sec.secret_key_file), std::string::npos) << a2->output();
}

TEST_P(TotpServerTest, AServerWithAnotherKeyFileRefusesTheCodeGenerically) {
  const int64_t id = make_account("jiwei");
  const int64_t s = fresh_step();
  const std::string secret = enrol(id, s);
  const std::string other = (dir_ / "other.key").string();
  ServerProcess* wrong = start(other);  // created at start, not the key that sealed it
  ASSERT_TRUE(wrong);
  EXPECT_TRUE(fs::exists(other));
  // The start-up step already warns that a sealed secret does not open.
  EXPECT_NE(wrong->output().find("do not open with the server secret key file " + other), std::string::npos)
      << wrong->output();
  HttpClient c(wrong->port());
  auto r = login(c, "jiwei", code_at(secret, s));
  EXPECT_EQ(r.status, 503) << r.body;
  EXPECT_EQ(r.error_code(), "auth.second_factor_failed");
  EXPECT_EQ(r.json()["error"]["message_zh"], "二次验证失败");
  EXPECT_EQ(r.json()["error"]["message_en"], "Second-factor check failed");
  EXPECT_EQ(r.body.find(other), std::string::npos);  // the key file is not shown to the user
  EXPECT_FALSE(c.cookie("qf_session").has_value());
  // The log names the cause and the file.
  EXPECT_NE(wrong->output().find("does not open with the server secret key file " + other), std::string::npos)
      << wrong->output();
  // The right key file accepts the same code.
  auto r2 = login_on_new_server(sec.secret_key_file, "jiwei", code_at(secret, s));
  EXPECT_EQ(r2.status, 200) << r2.body;
}

TEST_P(TotpServerTest, ServeCreatesAMissingKeyFileAndRefusesAnOpenOne) {
  const std::string fresh = (dir_ / "new" / "qingfeng.key").string();
  ServerProcess* s = start(fresh);
  ASSERT_TRUE(s);
  struct stat st{};
  ASSERT_EQ(::stat(fresh.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  EXPECT_NE(s->output().find("created the server secret key file " + fresh), std::string::npos) << s->output();
  EXPECT_EQ(s->stop(), 0);

  ::chmod(fresh.c_str(), 0644);
  qf::testing::ServerProcessOptions o;
  o.database_url = url();
  o.config_toml = config_for(fresh);
  auto refused = ServerProcess::start(o);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message_en.find("exited"), std::string::npos);
  const std::string& why = refused.error().message_en;
  EXPECT_NE(why.find("服务器密钥文件 " + fresh), std::string::npos) << why;
  EXPECT_NE(why.find("chmod 600 " + fresh), std::string::npos) << why;

  // Wrong size: refused too, naming the file.
  ::chmod(fresh.c_str(), 0600);
  std::ofstream(fresh, std::ios::trunc) << "0123456789abcdef\n";
  auto short_key = ServerProcess::start(o);
  ASSERT_FALSE(short_key.ok());
  EXPECT_NE(short_key.error().message_en.find("Server secret key file " + fresh + ": has the wrong size"),
            std::string::npos)
      << short_key.error().message_en;
}

TEST_P(TotpServerTest, InitCreatesTheKeyAndSealsClearTextSecrets) {
  const int64_t id = make_account("jiwei");
  const std::string secret = auth::totp::new_secret();
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 1 WHERE id = ?", {secret, id});
  const std::string key = (dir_ / "init" / "qingfeng.key").string();
  auto r = qingfeng(key, {"init"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("created the server secret key file: " + key), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sealed clear-text TOTP secrets: 1"), std::string::npos) << r.out;
  struct stat st{};
  ASSERT_EQ(::stat(key.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  auto raw = raw_secret(id);
  ASSERT_TRUE(raw.has_value());
  EXPECT_EQ(raw->rfind("v1:", 0), 0u);
  auto k = auth::load_server_key(key);
  ASSERT_TRUE(k.ok());
  auto opened = auth::open_totp_secret(*k, id, *raw);
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(*opened, secret);
  // Run again: the key is kept.
  auto again = qingfeng(key, {"init"});
  ASSERT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_NE(again.out.find("server secret key file: " + key), std::string::npos) << again.out;
  EXPECT_EQ(again.out.find("created the server secret key file"), std::string::npos) << again.out;
}

TEST_P(TotpServerTest, ARestoredBackupStillPassesTotpWithTheSameKeyFile) {
  const int64_t id = make_account("jiwei");
  const int64_t s = fresh_step();
  const std::string secret = enrol(id, s);
  const std::string file = (dir_ / "before.bak").string();
  auto backup = qingfeng(sec.secret_key_file, {"backup", "--output", file});
  ASSERT_EQ(backup.exit_code, 0) << backup.out << backup.err;
  // The key file is not in the backup.
  {
    std::ifstream in(sec.secret_key_file);
    std::string hex;
    std::getline(in, hex);
    std::ifstream b(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(b)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.find(hex), std::string::npos);
    EXPECT_EQ(bytes.find(secret), std::string::npos);
  }
  // After the backup the user turns TOTP off; the restore brings the sealed secret back.
  exec("UPDATE accounts SET totp_secret = NULL, totp_enabled = 0 WHERE id = ?", {id});
  test_database().close();
  auto restore = qingfeng(sec.secret_key_file, {"restore", file, "--yes"});
  ASSERT_EQ(restore.exit_code, 0) << restore.out << restore.err;
  ASSERT_TRUE(test_database().reopen().ok());
  ServerProcess* server = start(sec.secret_key_file);
  ASSERT_TRUE(server);
  HttpClient c(server->port());
  EXPECT_EQ(c.post_json("/api/v1/auth/login", {{"username", "jiwei"}, {"password", kPassword}}).error_code(),
            "auth.totp_required");
  auto r = login(c, "jiwei", code_at(secret, s));
  EXPECT_EQ(r.status, 200) << r.body;
}

// The console's way back for an administrator who lost the authenticator (the web
// reset needs another administrator signed in): `qingfeng user reset-totp`, audited as
// "system"; the account then signs in with its password alone. Refused, changing
// nothing, for an account without TOTP or an unknown one.
TEST_P(TotpServerTest, UserResetTotpAtTheConsoleLetsThePasswordAloneSignIn) {
  const int64_t id = make_account("jiwei");
  const int64_t s = fresh_step();
  const std::string secret = enrol(id, s);
  ASSERT_FALSE(secret.empty());
  auto r = qingfeng(sec.secret_key_file, {"user", "reset-totp", "jiwei"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("TOTP reset: jiwei"), std::string::npos) << r.out;
  EXPECT_FALSE(raw_secret(id).has_value());
  EXPECT_EQ(scalar("SELECT totp_enabled FROM accounts WHERE id = ?", {id}), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'account.reset_totp' AND actor = 'system'"), 1);
  auto twice = qingfeng(sec.secret_key_file, {"user", "reset-totp", "jiwei"});
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("未启用动态口令"), std::string::npos) << twice.err;
  EXPECT_NE(twice.err.find("no TOTP to reset"), std::string::npos) << twice.err;
  EXPECT_EQ(qingfeng(sec.secret_key_file, {"user", "reset-totp", "nobody"}).exit_code, 1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'account.reset_totp'"), 1);
  ServerProcess* server = start(sec.secret_key_file);
  ASSERT_TRUE(server);
  HttpClient c(server->port());
  auto in = c.post_json("/api/v1/auth/login", {{"username", "jiwei"}, {"password", kPassword}});
  EXPECT_EQ(in.status, 200) << in.body;
}

// `qingfeng migrate` (and `init`, the same step) run with another key file than the one
// that sealed the secrets: it still succeeds, and warns naming the file and the way out.
TEST_P(TotpServerTest, MigrateWarnsAboutSecretsTheKeyFileCannotOpen) {
  const int64_t id = make_account("jiwei");
  ASSERT_FALSE(enrol(id, fresh_step()).empty());
  const std::string other = (dir_ / "other" / "qingfeng.key").string();
  ASSERT_TRUE(auth::ensure_server_key(other).ok());
  auto r = qingfeng(other, {"migrate"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("1 TOTP secrets do not open with the server secret key file " + other), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("qingfeng user reset-totp"), std::string::npos) << r.err;
  auto right = qingfeng(sec.secret_key_file, {"migrate"});
  EXPECT_EQ(right.exit_code, 0) << right.out << right.err;
  EXPECT_EQ(right.err.find("do not open"), std::string::npos) << right.err;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The files of `dir` whose name starts with `prefix`.
std::vector<fs::path> files_starting(const fs::path& dir, const std::string& prefix) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind(prefix, 0) == 0) out.push_back(e.path());
  return out;
}

// `qingfeng security rotate-key`: a new key file; every secret — two enrolled accounts
// and one left in clear text by an older release — sealed again with it; the old key
// kept aside (0600, named in the output) for backups made before; the old key no longer
// opens the secrets, a server with the key file verifies codes, and it is audited.
TEST_P(TotpServerTest, RotateKeySealsEverySecretAgainAndKeepsTheOldKeyAside) {
  const int64_t a = make_account("jiwei");
  const int64_t b = make_account("dangwei");
  const int64_t legacy = make_account("renshi");
  const int64_t s = fresh_step();
  const std::string secret_a = enrol(a, s);
  const std::string secret_b = enrol(b, s);
  const std::string clear = auth::totp::new_secret();
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 1 WHERE id = ?", {clear, legacy});
  auto old_key = auth::load_server_key(sec.secret_key_file);
  ASSERT_TRUE(old_key.ok());
  const auto raw_a_before = raw_secret(a);

  auto r = qingfeng(sec.secret_key_file, {"security", "rotate-key"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("database updated: 3 TOTP secrets sealed with the new key"), std::string::npos) << r.out;
  auto new_key = auth::load_server_key(sec.secret_key_file);
  ASSERT_TRUE(new_key.ok()) << new_key.error().to_string();
  EXPECT_NE(new_key->bytes, old_key->bytes);
  EXPECT_FALSE(fs::exists(sec.secret_key_file + ".new"));
  auto retired = files_starting(dir_, "qingfeng.key.retired-");
  ASSERT_EQ(retired.size(), 1u);
  EXPECT_NE(r.out.find(retired[0].string()), std::string::npos) << r.out;
  auto kept = auth::load_server_key(retired[0].string());  // also refuses a file others can read
  ASSERT_TRUE(kept.ok()) << kept.error().to_string();
  EXPECT_EQ(kept->bytes, old_key->bytes);

  EXPECT_NE(raw_secret(a), raw_a_before);
  for (auto [id, secret] : {std::pair{a, secret_a}, std::pair{b, secret_b}, std::pair{legacy, clear}}) {
    auto raw = raw_secret(id);
    ASSERT_TRUE(raw.has_value());
    EXPECT_EQ(raw->rfind("v1:", 0), 0u);
    auto opened = auth::open_totp_secret(*new_key, id, *raw);
    ASSERT_TRUE(opened.ok()) << id;
    EXPECT_EQ(*opened, secret);
    EXPECT_FALSE(auth::open_totp_secret(*old_key, id, *raw).ok()) << id;
  }
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'security.rotate_key' AND actor = 'system'"), 1);

  auto in = login_on_new_server(sec.secret_key_file, "jiwei", code_at(secret_a, s));
  EXPECT_EQ(in.status, 200) << in.body;
}

// Refused, changing nothing, when a secret does not open with the current key (here one
// copied onto another account's row), and when the key file of an unfinished rotation
// is in the way (never overwritten).
TEST_P(TotpServerTest, RotateKeyRefusesAndChangesNothingWhenASecretDoesNotOpen) {
  const int64_t a = make_account("jiwei");
  const int64_t b = make_account("dangwei");
  const int64_t s = fresh_step();
  ASSERT_FALSE(enrol(a, s).empty());
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 1 WHERE id = ?", {*raw_secret(a), b});
  const std::string key_before = file_text(sec.secret_key_file);
  const auto raw_a = raw_secret(a), raw_b = raw_secret(b);

  auto r = qingfeng(sec.secret_key_file, {"security", "rotate-key"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("(ids " + std::to_string(b) + ")"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("reset-totp"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("未做任何更改"), std::string::npos) << r.err;
  EXPECT_EQ(file_text(sec.secret_key_file), key_before);
  EXPECT_FALSE(fs::exists(sec.secret_key_file + ".new"));
  EXPECT_TRUE(files_starting(dir_, "qingfeng.key.retired-").empty());
  EXPECT_EQ(raw_secret(a), raw_a);
  EXPECT_EQ(raw_secret(b), raw_b);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'security.rotate_key'"), 0);

  exec("UPDATE accounts SET totp_secret = NULL, totp_enabled = 0 WHERE id = ?", {b});
  std::ofstream(sec.secret_key_file + ".new") << "left by an unfinished rotation\n";
  auto leftover = qingfeng(sec.secret_key_file, {"security", "rotate-key"});
  EXPECT_EQ(leftover.exit_code, 1);
  EXPECT_NE(leftover.err.find("earlier key rotation did not finish"), std::string::npos) << leftover.err;
  EXPECT_EQ(file_text(sec.secret_key_file + ".new"), "left by an unfinished rotation\n");
  EXPECT_EQ(file_text(sec.secret_key_file), key_before);
  EXPECT_EQ(raw_secret(a), raw_a);
}

TEST(TotpCliHelp, BackupAndRestoreSayTheKeyFileIsNotInTheBackup) {
  ::setenv("QF_BINARY", QF_TOTP_BINARY, 0);
  for (const char* cmd : {"backup", "restore"}) {
    auto r = qf::testing::run_qingfeng({cmd, "--help"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("security.secret_key_file"), std::string::npos) << cmd << ": " << r.out;
    EXPECT_NE(r.out.find("服务器密钥文件"), std::string::npos) << cmd << ": " << r.out;
  }
}

INSTANTIATE_TEST_SUITE_P(Both, TotpServerTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::totp_testing
