// Signing in on both databases: lockout and its expiry, unknown users, rate limit,
// TOTP with replay refusal, sessions with idle and absolute timeouts, audit entries.
#include "auth_fixture.h"

#include <unistd.h>

#include <filesystem>

#include "domain/auth/credentials.h"
#include "domain/auth/login.h"
#include "domain/auth/server_key.h"
#include "domain/auth/sessions.h"
#include "domain/auth/totp.h"

namespace qf::auth::testing {
namespace {

class LoginTest : public IdentityTest {
 protected:
  LoginTest() {
    sec.lockout_failures = 3;
    sec.lockout_minutes = 15;
    sec.login_rate_per_minute = 100;
  }
  Result<LoginSuccess> attempt(const std::string& user, const std::string& pw, int64_t now,
                               std::optional<std::string> code = std::nullopt, const std::string& addr = "10.1.1.1") {
    LoginAttempt a{user, pw, code, addr, "test"};
    return login(db(), sec, a, now);
  }
};

TEST_P(LoginTest, SucceedsAndStartsASession) {
  make_account("renshi", {{Role::kOrgHr, ScopeKind::kUnit, {}}});
  auto ok = attempt("renshi", kPassword, kT0);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_EQ(ok->session.token.size(), 43u);  // 256 bits, base64url
  auto p = authenticate_session(conn(), sec, ok->session.token, kT0 + 1000);
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  EXPECT_EQ(p->username, "renshi");
  EXPECT_TRUE(p->can("org.manage"));
  EXPECT_EQ(p->csrf_token, ok->session.csrf_token);
  // Only the hash of the token is stored.
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE token_hash = '" + ok->session.token + "'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND success = 1"), 1);
}

TEST_P(LoginTest, LocksAfterFailuresEvenWithTheRightPasswordUntilExpiry) {
  make_account("zhigong");
  auto f1 = attempt("zhigong", "wrong-1", kT0);
  ASSERT_FALSE(f1.ok());
  EXPECT_EQ(f1.error().code, "auth.bad_credentials");
  EXPECT_FALSE(attempt("zhigong", "wrong-2", kT0 + 1000).ok());
  auto f3 = attempt("zhigong", "wrong-3", kT0 + 2000);
  ASSERT_FALSE(f3.ok());
  EXPECT_EQ(f3.error().code, "auth.locked");
  EXPECT_EQ(f3.error().kind, ErrorKind::kLocked);
  EXPECT_EQ(f3.error().field, "locked_until");
  auto locked = attempt("zhigong", kPassword, kT0 + 60 * 1000);
  ASSERT_FALSE(locked.ok());
  EXPECT_EQ(locked.error().code, "auth.locked");
  EXPECT_NE(locked.error().message_zh.find("2026-01-01 08:15"), std::string::npos) << locked.error().message_zh;
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.lockout'"), 1);
  // After lockout_minutes the right password works again and the counter is cleared.
  auto after = attempt("zhigong", kPassword, kT0 + 2000 + 15 * 60 * 1000 + 1);
  ASSERT_TRUE(after.ok()) << after.error().to_string();
  EXPECT_EQ(get_account(conn(), after->account.id)->failed_count, 0);
}

TEST_P(LoginTest, UnlockByAdministratorEndsTheLock) {
  int64_t id = make_account("zhigong");
  for (int i = 0; i < 3; ++i) (void)attempt("zhigong", "wrong", kT0 + i);
  ASSERT_EQ(attempt("zhigong", kPassword, kT0 + 10).error().code, "auth.locked");
  ASSERT_TRUE(unlock_account(conn(), id).ok());
  EXPECT_TRUE(attempt("zhigong", kPassword, kT0 + 20).ok());
}

TEST_P(LoginTest, AdministrativeLockHoldsUntilUnlocked) {
  int64_t id = make_account("zhigong");
  ASSERT_TRUE(lock_account(conn(), id, kT0).ok());
  auto r = attempt("zhigong", kPassword, kT0 + 365LL * 86400000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "auth.locked");
  EXPECT_NE(r.error().message_zh.find("管理员"), std::string::npos) << r.error().message_zh;
  ASSERT_TRUE(unlock_account(conn(), id).ok());
  EXPECT_TRUE(attempt("zhigong", kPassword, kT0 + 365LL * 86400000 + 1).ok());
}

TEST_P(LoginTest, UnknownUserLooksLikeAWrongPasswordAndIsAudited) {
  auto r = attempt("nobody", kPassword, kT0);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "auth.bad_credentials");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND success = 0 AND actor = 'nobody'"), 1);
  // No password ever reaches the audit log.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE summary LIKE '%Qingfeng@2026%'"), 0);
}

TEST_P(LoginTest, RateLimitPerAddress) {
  sec.login_rate_per_minute = 3;
  make_account("renshi");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(attempt("renshi", "wrong" + std::to_string(i), kT0, {}, "10.9.9.9").error().code,
                                        i < 2 ? "auth.bad_credentials" : "auth.locked");
  auto limited = attempt("renshi", kPassword, kT0 + 100, {}, "10.9.9.9");
  ASSERT_FALSE(limited.ok());
  EXPECT_EQ(limited.error().code, "auth.rate_limited");
  EXPECT_EQ(limited.error().kind, ErrorKind::kRateLimited);
  // Another address is not limited (the account is locked, though).
  EXPECT_EQ(attempt("renshi", kPassword, kT0 + 100, {}, "10.9.9.8").error().code, "auth.locked");
  // The next minute window starts afresh.
  EXPECT_NE(attempt("renshi", kPassword, kT0 + 61000, {}, "10.9.9.9").error().code, "auth.rate_limited");
}

TEST_P(LoginTest, TotpRequiredThenAcceptedOnceOnly) {
  // The secret is sealed with the server key file (domain/auth/server_key.h).
  const std::string key_dir = ::testing::TempDir() + "qf_login_key_" + std::to_string(::getpid()) + "_" +
                              std::to_string(static_cast<int>(GetParam()));
  sec.secret_key_file = key_dir + "/qingfeng.key";
  ASSERT_TRUE(ensure_server_key(sec.secret_key_file).ok());
  int64_t id = make_account("jiwei");
  auto setup = begin_totp_setup(conn(), sec, id);
  ASSERT_TRUE(setup.ok());
  const int64_t now = kT0;
  const int64_t step = now / 1000 / 30;
  ASSERT_FALSE(enable_totp(conn(), sec, id, "000000" == totp::code_at(setup->secret, step) ? "111111" : "000000", now).ok());
  ASSERT_TRUE(enable_totp(conn(), sec, id, totp::code_at(setup->secret, step - 1), now).ok());
  auto need = attempt("jiwei", kPassword, now);
  ASSERT_FALSE(need.ok());
  EXPECT_EQ(need.error().code, "auth.totp_required");
  EXPECT_EQ(need.error().field, "totp_code");
  const std::string code = totp::code_at(setup->secret, step);
  auto ok = attempt("jiwei", kPassword, now + 1000, code);
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  auto replay = attempt("jiwei", kPassword, now + 2000, code);
  ASSERT_FALSE(replay.ok());
  EXPECT_EQ(replay.error().code, "auth.totp_invalid");
  // Disabling needs the password.
  EXPECT_EQ(disable_totp(conn(), sec, id, false, "wrong").error().field, "password");
  ASSERT_TRUE(disable_totp(conn(), sec, id, false, kPassword).ok());
  EXPECT_TRUE(attempt("jiwei", kPassword, now + 3000).ok());
  std::filesystem::remove_all(key_dir);
}

TEST_P(LoginTest, AdministratorsWithoutTotpMustSetItUpWhenRequired) {
  sec.totp_required_for_admins = true;
  make_account("auditor", {{Role::kAuditor, ScopeKind::kUnit, {}}});
  auto ok = attempt("auditor", kPassword, kT0);
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->totp_setup_required);
  auto p = authenticate_session(conn(), sec, ok->session.token, kT0 + 1);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->totp_setup_required);
  EXPECT_EQ(disable_totp(conn(), sec, ok->account.id, true, kPassword).error().code, "auth.totp_mandatory");
}

TEST_P(LoginTest, IdleTimeoutExpiresTheSession) {
  make_account("zhibu");
  auto ok = attempt("zhibu", kPassword, kT0);
  ASSERT_TRUE(ok.ok());
  const std::string token = ok->session.token;
  // Activity every 29 minutes keeps it alive…
  ASSERT_TRUE(authenticate_session(conn(), sec, token, kT0 + 29 * 60000).ok());
  ASSERT_TRUE(authenticate_session(conn(), sec, token, kT0 + 58 * 60000).ok());
  // …31 idle minutes end it.
  auto expired = authenticate_session(conn(), sec, token, kT0 + (58 + 31) * 60000);
  ASSERT_FALSE(expired.ok());
  EXPECT_EQ(expired.error().code, "auth.session_expired");
  auto gone = authenticate_session(conn(), sec, token, kT0 + (58 + 31) * 60000);
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, "auth.unauthenticated");
}

TEST_P(LoginTest, AbsoluteLifetimeEndsEvenAnActiveSession) {
  sec.session_absolute_hours = 1;
  make_account("zhibu");
  auto ok = attempt("zhibu", kPassword, kT0);
  ASSERT_TRUE(ok.ok());
  for (int m = 20; m < 60; m += 20) ASSERT_TRUE(authenticate_session(conn(), sec, ok->session.token, kT0 + m * 60000).ok());
  EXPECT_EQ(authenticate_session(conn(), sec, ok->session.token, kT0 + 60 * 60000).error().code, "auth.session_expired");
}

TEST_P(LoginTest, PasswordChangeEndsOtherSessions) {
  int64_t id = make_account("banzi");
  auto a = attempt("banzi", kPassword, kT0);
  auto b = attempt("banzi", kPassword, kT0 + 1);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(change_own_password(conn(), sec, id, kPassword, "Stone@River17", kT0 + 2).ok());
  ASSERT_TRUE(end_other_sessions(conn(), id, a->session.session_id).ok());
  EXPECT_TRUE(authenticate_session(conn(), sec, a->session.token, kT0 + 3).ok());
  EXPECT_FALSE(authenticate_session(conn(), sec, b->session.token, kT0 + 3).ok());
  EXPECT_EQ(attempt("banzi", kPassword, kT0 + 4).error().code, "auth.bad_credentials");
  EXPECT_TRUE(attempt("banzi", "Stone@River17", kT0 + 5).ok());
}

TEST_P(LoginTest, ForcedChangeAndMaxAge) {
  NewAccount n{"sysadmin", "系统管理员", std::nullopt, kPassword, true};
  auto id = create_account(conn(), sec, n, kT0);
  ASSERT_TRUE(id.ok());
  auto ok = attempt("sysadmin", kPassword, kT0);
  ASSERT_TRUE(ok.ok());
  EXPECT_TRUE(ok->must_change_password);
  ASSERT_TRUE(change_own_password(conn(), sec, *id, kPassword, "Cloud@Mount42", kT0 + 1).ok());
  auto p = authenticate_session(conn(), sec, ok->session.token, kT0 + 2);
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->must_change_password);
  // Older than max_age_days: a change is forced again.
  auto later = attempt("sysadmin", "Cloud@Mount42", kT0 + (sec.password.max_age_days + 1) * 86400000LL);
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(later->must_change_password);
}

INSTANTIATE_TEST_SUITE_P(Both, LoginTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::auth::testing
