// TOTP secrets sealed at rest, on SQLite and PostgreSQL: the raw column never holds the
// secret, a wrong key file or a secret moved to another account is refused cleanly
// (generic message for the user, specific cause for the log, no lockout count, no
// bypass), and a clear-text secret left by an older schema is sealed by the start-up
// step after migration 0011.
#include <sodium.h>

#include <algorithm>
#include <fstream>

#include "domain/auth/login.h"
#include "domain/auth/totp_seal.h"
#include "store/migration_set.h"
#include "support/server_process.h"
#include "totp_fixture.h"



namespace qf::totp_testing {
namespace {

using auth::totp::code_at;

// The raw bytes a base32 secret stands for (RFC 4648).
std::string base32_bytes(const std::string& b32) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char ch : b32) {
    int v = ch >= 'A' && ch <= 'Z' ? ch - 'A' : ch >= '2' && ch <= '7' ? ch - '2' + 26 : -1;
    if (v < 0) continue;
    buffer = (buffer << 5) | static_cast<uint32_t>(v);
    bits += 5;
    if (bits >= 8) {
      out.push_back(static_cast<char>((buffer >> (bits - 8)) & 0xff));
      bits -= 8;
    }
  }
  return out;
}

std::string to_hex(const std::string& bytes) {
  std::string hex(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  hex.pop_back();
  return hex;
}

bool contains_ci(std::string haystack, std::string needle) {
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  };
  return lower(std::move(haystack)).find(lower(std::move(needle))) != std::string::npos;
}

class TotpSealingTest : public TotpDatabaseTest {
 protected:
  Result<auth::LoginSuccess> sign_in(const std::string& user, std::optional<std::string> code, int64_t at_ms,
                                     const SecurityConfig& with) {
    auth::LoginAttempt a{user, kPassword, std::move(code), "10.2.3.4", "test"};
    return auth::login(db(), with, a, at_ms);
  }
  Result<auth::LoginSuccess> sign_in(const std::string& user, std::optional<std::string> code, int64_t at_ms) {
    return sign_in(user, std::move(code), at_ms, sec);
  }
};

TEST_P(TotpSealingTest, TheRawColumnNeverHoldsTheSecretNorItsBytes) {
  const int64_t id = make_account("jiwei");
  const std::string secret = enable_totp_for(id);
  ASSERT_EQ(secret.size(), 32u);
  auto raw = raw_secret(id);
  ASSERT_TRUE(raw.has_value());
  EXPECT_EQ(raw->rfind("v1:", 0), 0u) << *raw;  // version prefix
  EXPECT_FALSE(contains_ci(*raw, secret)) << *raw;
  const std::string bytes = base32_bytes(secret);
  ASSERT_EQ(bytes.size(), 20u);
  EXPECT_EQ(raw->find(bytes), std::string::npos);
  EXPECT_FALSE(contains_ci(*raw, to_hex(bytes)));
  // Nor in any text of the row's neighbours in other tables (audit entries, sessions).
  ASSERT_TRUE(sign_in("jiwei", code_at(secret, step()), now_ms()).ok());
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE summary LIKE ?", {"%" + secret + "%"}), 0);
  // Two enrolments of one secret never give the same stored text (random nonce).
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  auto key = auth::load_server_key(sec.secret_key_file);
  ASSERT_TRUE(key.ok());
  EXPECT_NE(auth::seal_totp_secret(*key, id, secret), auth::seal_totp_secret(*key, id, secret));
}

TEST_P(TotpSealingTest, SignInWorksAfterTheDatabaseIsReopenedWithTheSameKeyFile) {
  const int64_t id = make_account("jiwei");
  const std::string secret = enable_totp_for(id);
  ASSERT_TRUE(sign_in("jiwei", code_at(secret, step()), now_ms()).ok());
  // A "restart": every connection closed and opened again; the key is read from its file.
  test_database().close();
  ASSERT_TRUE(test_database().reopen().ok());
  auto ok = sign_in("jiwei", code_at(secret, step() + 1), now_ms() + 1000);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_EQ(ok->account.id, id);
}

TEST_P(TotpSealingTest, AWrongKeyFileRefusesTheCodeCleanly) {
  const int64_t id = make_account("jiwei");
  const std::string secret = enable_totp_for(id);
  SecurityConfig other = sec;
  other.secret_key_file = (dir_ / "other.key").string();
  ASSERT_TRUE(auth::ensure_server_key(other.secret_key_file).ok());

  auto refused = sign_in("jiwei", code_at(secret, step()), now_ms(), other);
  ASSERT_FALSE(refused.ok());
  const Error& e = refused.error();
  EXPECT_EQ(e.code, "auth.second_factor_failed");
  EXPECT_EQ(e.message_zh, "二次验证失败");
  EXPECT_EQ(e.message_en, "Second-factor check failed");
  EXPECT_EQ(e.field, "totp_code");
  // The log line (internal_detail) names the cause and the key file, in both languages.
  EXPECT_NE(e.internal_detail.find(other.secret_key_file), std::string::npos) << e.internal_detail;
  EXPECT_NE(e.internal_detail.find("密钥文件不对"), std::string::npos) << e.internal_detail;
  EXPECT_NE(e.internal_detail.find("wrong one"), std::string::npos) << e.internal_detail;
  // The user message does not expose it; no session, no lockout count, an audit entry.
  EXPECT_EQ(e.message_zh.find(other.secret_key_file), std::string::npos);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM sessions"), 0);
  EXPECT_EQ(scalar("SELECT failed_count FROM accounts WHERE id = ?", {id}), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND success = 0 AND summary LIKE ?",
                   {"%" + other.secret_key_file + "%"}),
            1);
  // Without a code it still asks for one (the factor is never skipped).
  auto no_code = sign_in("jiwei", std::nullopt, now_ms(), other);
  ASSERT_FALSE(no_code.ok());
  EXPECT_EQ(no_code.error().code, "auth.totp_required");
  // A missing key file is the same clean refusal, naming the file for the log.
  SecurityConfig missing = sec;
  missing.secret_key_file = (dir_ / "absent.key").string();
  auto gone = sign_in("jiwei", code_at(secret, step()), now_ms(), missing);
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, "auth.second_factor_failed");
  EXPECT_NE(gone.error().internal_detail.find(missing.secret_key_file), std::string::npos);
  // Enabling with the wrong key is refused the same way.
  const int64_t other_id = make_account("zhigong");
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto setup = auth::begin_totp_setup(lease->get(), sec, other_id);
    ASSERT_TRUE(setup.ok());
    auto st = auth::enable_totp(lease->get(), other, other_id, code_at(setup->secret, step()), now_ms());
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "auth.second_factor_failed");
  }
  // With the right key file the same code still works (it was never consumed).
  auto ok = sign_in("jiwei", code_at(secret, step()), now_ms() + 1000);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
}

TEST_P(TotpSealingTest, ASecretMovedToAnotherAccountsRowFails) {
  const int64_t victim = make_account("jiwei");
  const int64_t attacker = make_account("zhigong");
  const std::string secret = enable_totp_for(victim);
  const std::string sealed = *raw_secret(victim);
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 1 WHERE id = ?", {sealed, attacker});
  auto moved = sign_in("zhigong", code_at(secret, step()), now_ms());
  ASSERT_FALSE(moved.ok());
  EXPECT_EQ(moved.error().code, "auth.second_factor_failed");
  EXPECT_NE(moved.error().internal_detail.find("account " + std::to_string(attacker)), std::string::npos)
      << moved.error().internal_detail;
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM sessions"), 0);
  // A tampered value is refused the same way.
  std::string tampered = sealed;
  tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
  exec("UPDATE accounts SET totp_secret = ? WHERE id = ?", {tampered, victim});
  auto bad = sign_in("jiwei", code_at(secret, step()), now_ms());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, "auth.second_factor_failed");
}

TEST_P(TotpSealingTest, AClearTextSecretIsNeverAcceptedUnsealed) {
  const int64_t id = make_account("jiwei");
  const std::string secret = auth::totp::new_secret();
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 1 WHERE id = ?", {secret, id});
  auto refused = sign_in("jiwei", code_at(secret, step()), now_ms());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "auth.second_factor_failed");
  EXPECT_NE(refused.error().internal_detail.find("clear text"), std::string::npos);
}

// An empty database brought to schema 0010 only (the last schema that stored secrets in
// clear), with the data a release of that time wrote; then this binary's migrate() and
// start-up step.
class TotpOlderSchemaTest : public TotpDatabaseTest {
 protected:
  TotpOlderSchemaTest() { migrated_ = false; }
  // Applies the embedded migrations up to 0010 only.
  void migrate_to_schema_10() {
    auto all = store::embedded_migrations(db().dialect());
    ASSERT_TRUE(all.ok());
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    store::Connection& c = lease->get();
    for (const auto& m : *all) {
      if (m.version > 10) break;
      auto st = c.execute_script(store::substitute_tokens(m.text, c.dialect()));
      ASSERT_TRUE(st.ok()) << m.file << ": " << st.error().to_string();
      ASSERT_TRUE(c.execute(store::sql(c, "store/record_migration"), {int64_t{m.version}, m.name, now_ms()}).ok());
    }
    auto v = store::schema_version(c);
    ASSERT_TRUE(v.ok());
    ASSERT_EQ(*v, 10);
  }
};

TEST_P(TotpOlderSchemaTest, MigrationAndStartUpSealAClearTextSecret) {
  migrate_to_schema_10();
  if (HasFatalFailure()) return;
  const int64_t enabled = make_account("jiwei");
  const int64_t pending = make_account("zhigong");
  const std::string secret = auth::totp::new_secret();
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 1, totp_last_step = ? WHERE id = ?",
       {secret, step() - 5, enabled});
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 0 WHERE id = ?", {auth::totp::new_secret(), pending});

  auto v = store::migrate(db());
  ASSERT_TRUE(v.ok()) << v.error().to_string();
  EXPECT_GE(*v, 11);
  // 0011 drops the never-confirmed enrolment and keeps the enabled one for sealing.
  EXPECT_FALSE(raw_secret(pending).has_value());
  EXPECT_EQ(raw_secret(enabled), secret);

  auto key = auth::load_server_key(sec.secret_key_file);
  ASSERT_TRUE(key.ok());
  auto report = auth::seal_clear_totp_secrets(db(), *key);
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->sealed_now, 1);
  EXPECT_EQ(report->unopenable, 0);
  auto raw = raw_secret(enabled);
  ASSERT_TRUE(raw.has_value());
  EXPECT_EQ(raw->rfind("v1:", 0), 0u);
  EXPECT_FALSE(contains_ci(*raw, secret));
  // Idempotent: a second start seals nothing more; a wrong key counts what it cannot open.
  auto again = auth::seal_clear_totp_secrets(db(), *key);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->sealed_now, 0);
  EXPECT_EQ(raw_secret(enabled), raw);
  const std::string other_path = (dir_ / "other.key").string();
  auto other = auth::ensure_server_key(other_path);
  ASSERT_TRUE(other.ok());
  auto wrong = auth::seal_clear_totp_secrets(db(), other->key);
  ASSERT_TRUE(wrong.ok());
  EXPECT_EQ(wrong->unopenable, 1);
  EXPECT_EQ(raw_secret(enabled), raw);  // never re-sealed or changed by a wrong key

  // The user's authenticator app keeps working.
  auth::LoginAttempt a{"jiwei", kPassword, code_at(secret, step()), "10.2.3.4", "test"};
  auto ok = auth::login(db(), sec, a, now_ms());
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
}

// An upgrade done with `qingfeng migrate` alone (no `serve` yet) leaves no clear secret.
TEST_P(TotpOlderSchemaTest, MigrateCommandSealsAClearTextSecret) {
  if (qf::testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  migrate_to_schema_10();
  if (HasFatalFailure()) return;
  const int64_t enabled = make_account("jiwei");
  const std::string secret = auth::totp::new_secret();
  exec("UPDATE accounts SET totp_secret = ?, totp_enabled = 1 WHERE id = ?", {secret, enabled});
  const std::string config = (dir_ / "empty.toml").string();
  { std::ofstream(config) << "# defaults\n"; }
  auto r = qf::testing::run_qingfeng({"--config", config, "--database", url(), "migrate"},
                                     {{"QF_SECURITY_SECRET_KEY_FILE", sec.secret_key_file}});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("sealed clear-text TOTP secrets: 1"), std::string::npos) << r.out;
  auto raw = raw_secret(enabled);
  ASSERT_TRUE(raw.has_value());
  EXPECT_EQ(raw->rfind("v1:", 0), 0u);
  EXPECT_FALSE(contains_ci(*raw, secret));
  // The user's authenticator app keeps working with the same key file.
  auth::LoginAttempt a{"jiwei", kPassword, code_at(secret, step()), "10.2.3.4", "test"};
  auto ok = auth::login(db(), sec, a, now_ms());
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
}

INSTANTIATE_TEST_SUITE_P(Both, TotpSealingTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);
INSTANTIATE_TEST_SUITE_P(Both, TotpOlderSchemaTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::totp_testing
