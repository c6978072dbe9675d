// Signing in on both databases: delays per (name, address) and their growth, unknown
// names answered like known ones, the administrator's lock, rate limit,
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

TEST_P(LoginTest, FailuresMakeTheNameAndAddressWaitNotTheAccount) {
  make_account("zhigong");
  auto f1 = attempt("zhigong", "wrong-1", kT0);
  ASSERT_FALSE(f1.ok());
  EXPECT_EQ(f1.error().code, "auth.bad_credentials");
  EXPECT_FALSE(attempt("zhigong", "wrong-2", kT0 + 1000).ok());
  auto f3 = attempt("zhigong", "wrong-3", kT0 + 2000);
  ASSERT_FALSE(f3.ok());
  EXPECT_EQ(f3.error().code, "auth.throttled");
  EXPECT_EQ(f3.error().kind, ErrorKind::kRateLimited);
  // 30 s from the third failure (kT0 is 08:00 Beijing time).
  EXPECT_NE(f3.error().message_zh.find("2026-01-01 08:00"), std::string::npos) << f3.error().message_zh;
  // The right password waits too, from this address...
  auto waiting = attempt("zhigong", kPassword, kT0 + 20 * 1000);
  ASSERT_FALSE(waiting.ok());
  EXPECT_EQ(waiting.error().code, "auth.throttled");
  // ...but the account is not locked: from another address it signs in at once.
  EXPECT_TRUE(attempt("zhigong", kPassword, kT0 + 21 * 1000, {}, "10.2.2.2").ok());
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.throttle'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.lockout'"), 0);
  // After the wait the next failure waits twice as long (60 s)...
  auto f4 = attempt("zhigong", "wrong-4", kT0 + 33 * 1000);
  ASSERT_FALSE(f4.ok());
  EXPECT_EQ(f4.error().code, "auth.throttled");
  EXPECT_EQ(attempt("zhigong", kPassword, kT0 + 33 * 1000 + 59 * 1000).error().code, "auth.throttled");
  // ...and then the right password works and clears this address's count.
  auto after = attempt("zhigong", kPassword, kT0 + 33 * 1000 + 61 * 1000);
  ASSERT_TRUE(after.ok()) << after.error().to_string();
  EXPECT_EQ(get_account(conn(), after->account.id)->failed_count, 0);
  EXPECT_EQ(attempt("zhigong", "wrong-5", kT0 + 100 * 1000).error().code, "auth.bad_credentials");
}

TEST_P(LoginTest, WaitsGrowToTheConfiguredLongest) {
  make_account("zhigong");
  sec.lockout_minutes = 2;
  int64_t t = kT0;
  std::vector<int64_t> waits;  // seconds, read from the stored end of each wait
  for (int i = 0; i < 7; ++i) {
    auto r = attempt("zhigong", "wrong", t);
    ASSERT_FALSE(r.ok());
    if (r.error().code == "auth.throttled") {
      const int64_t until = count("SELECT MAX(blocked_until) FROM login_throttle");
      waits.push_back((until - t) / 1000);
      t = until + 1000;  // the next attempt after the wait
    } else {
      t += 1000;
    }
  }
  ASSERT_GE(waits.size(), 3u);
  EXPECT_EQ(waits[0], 30);
  EXPECT_EQ(waits[1], 60);
  EXPECT_EQ(waits[2], 120);  // 240 s capped at lockout_minutes = 2
  EXPECT_EQ(waits.back(), 120);
}

TEST_P(LoginTest, ANameThatIsNoAccountAnswersExactlyLikeOneThatIs) {
  make_account("zhigong");
  // The same sequence at the same times: a real account from one address, a name that
  // is no account from another. Every answer is the same, to the letter.
  const std::vector<std::pair<std::string, int64_t>> steps = {
      {"wrong-1", 0}, {"wrong-2", 1000}, {"wrong-3", 2000}, {kPassword, 10000}, {"wrong-4", 40000}, {kPassword, 50000}};
  for (const auto& [pw, at] : steps) {
    auto real = attempt("zhigong", pw, kT0 + at, {}, "10.3.3.3");
    auto none = attempt("nobody", pw, kT0 + at, {}, "10.4.4.4");
    ASSERT_FALSE(real.ok());
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(real.error().code, none.error().code) << pw << " at " << at;
    EXPECT_EQ(real.error().kind, none.error().kind);
    EXPECT_EQ(real.error().message_zh, none.error().message_zh);
    EXPECT_EQ(real.error().message_en, none.error().message_en);
    EXPECT_EQ(real.error().field, none.error().field);
  }
}

TEST_P(LoginTest, UnlockByAdministratorEndsTheWait) {
  int64_t id = make_account("zhigong");
  for (int i = 0; i < 3; ++i) (void)attempt("zhigong", "wrong", kT0 + i);
  ASSERT_EQ(attempt("zhigong", kPassword, kT0 + 10).error().code, "auth.throttled");
  EXPECT_EQ(count("SELECT COUNT(*) FROM accounts WHERE throttled_until > " + std::to_string(kT0 + 10)), 1);
  ASSERT_TRUE(unlock_account(conn(), id).ok());
  EXPECT_TRUE(attempt("zhigong", kPassword, kT0 + 20).ok());
}

TEST_P(LoginTest, AdministrativeLockIsToldOnlyToWhoKnowsThePassword) {
  int64_t id = make_account("zhigong");
  ASSERT_TRUE(lock_account(conn(), id, kT0).ok());
  // A wrong password gets the answer every name gets: nothing says the account is locked.
  auto guess = attempt("zhigong", "wrong", kT0 + 1000);
  ASSERT_FALSE(guess.ok());
  EXPECT_EQ(guess.error().code, "auth.bad_credentials");
  auto r = attempt("zhigong", kPassword, kT0 + 365LL * 86400000);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "auth.locked");
  EXPECT_NE(r.error().message_zh.find("管理员"), std::string::npos) << r.error().message_zh;
  ASSERT_TRUE(unlock_account(conn(), id).ok());
  EXPECT_TRUE(attempt("zhigong", kPassword, kT0 + 365LL * 86400000 + 1).ok());
}

TEST_P(LoginTest, UnknownUserLooksLikeAWrongPasswordAndIsAuditedWithoutTheName) {
  // Someone types their password into the name field.
  auto r = attempt("Qingfeng@2026-typed-as-name", kPassword, kT0);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "auth.bad_credentials");
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND success = 0 AND actor = 'anonymous'"),
            1);
  // Neither the name typed nor any password reaches the audit log or the throttle.
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE actor LIKE '%typed-as-name%' OR summary LIKE '%typed-as-name%' "
                  "OR summary LIKE '%Qingfeng@2026%'"),
            0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle WHERE subject LIKE '%typed%'"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM login_throttle"), 1);
}

TEST_P(LoginTest, RateLimitPerAddress) {
  sec.login_rate_per_minute = 3;
  sec.lockout_failures = 10;
  make_account("renshi");
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(attempt("renshi", "wrong" + std::to_string(i), kT0, {}, "10.9.9.9").error().code, "auth.bad_credentials");
  auto limited = attempt("renshi", kPassword, kT0 + 100, {}, "10.9.9.9");
  ASSERT_FALSE(limited.ok());
  EXPECT_EQ(limited.error().code, "auth.rate_limited");
  EXPECT_EQ(limited.error().kind, ErrorKind::kRateLimited);
  // Another address is not limited.
  EXPECT_TRUE(attempt("renshi", kPassword, kT0 + 100, {}, "10.9.9.8").ok());
  // The next minute window starts afresh.
  EXPECT_TRUE(attempt("renshi", kPassword, kT0 + 61000, {}, "10.9.9.9").ok());
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
