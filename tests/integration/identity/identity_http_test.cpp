// Identity through the real server on both databases: sign-in and cookie attributes,
// delays after failed sign-ins and their end on the test clock, idle timeout, CSRF, forced password change,
// 三员分立 on the admin/audit routes, and two processes sharing one session store.
#include "identity_fixture.h"

#include "domain/auth/totp.h"

#include <chrono>
#include <ctime>

namespace qf::identity_testing {
namespace {

using qf::testing::HttpClient;

class IdentityHttpTest : public IdentityServerTest {};

TEST_P(IdentityHttpTest, LoginSetsAStrictHttpOnlyCookieAndLogoutEndsTheSession) {
  ASSERT_TRUE(server_);
  HttpClient c(server_->port());
  auto r = login(c, "renshi");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string cookie = r.header("Set-Cookie");
  EXPECT_NE(cookie.find("qf_session="), std::string::npos);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP here
  EXPECT_FALSE(c.csrf().empty());
  auto me = c.get("/api/v1/auth/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json()["data"]["username"], "renshi");
  EXPECT_EQ(me.json()["data"]["roles"][0]["role"], "org_hr");
  EXPECT_EQ(me.json()["data"]["idle_timeout_seconds"], 1800);
  EXPECT_EQ(me.json()["data"]["csrf_token"], c.csrf());
  const nlohmann::json perms = me.json()["data"]["permissions"];
  EXPECT_NE(std::find(perms.begin(), perms.end(), "org.manage"), perms.end());
  auto out = c.post_json("/api/v1/auth/logout");
  ASSERT_EQ(out.status, 200) << out.body;
  // Even a client that kept the old cookie is signed out: the session is gone server-side.
  const auto start = cookie.find('=') + 1;
  c.set_cookie("qf_session", cookie.substr(start, cookie.find(';') - start));
  auto after = c.get("/api/v1/auth/me");
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.error_code(), "auth.unauthenticated");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.logout' AND success = 1"), 1);
}

// The web client proposes "today" in forms from this clock, so it must be the server's
// (test) clock and the bureau's civil day (UTC+8), not the UTC date.
TEST_P(IdentityHttpTest, MeGivesTheServerClockAndTheBureauCivilDay) {
  ASSERT_TRUE(server_);
  HttpClient c(server_->port());
  const int64_t shift = 400LL * 24 * 3600 * 1000;  // the test clock 400 days ahead
  set_clock(c, shift);
  ASSERT_EQ(login(c, "renshi").status, 200);
  const int64_t before = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch()).count();
  auto me = c.get("/api/v1/auth/me");
  const int64_t after = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch()).count();
  ASSERT_EQ(me.status, 200) << me.body;
  const nlohmann::json clock = me.json()["data"]["clock"];
  ASSERT_TRUE(clock.is_object()) << me.body;
  const int64_t now_ms = clock["now_ms"].get<int64_t>();
  EXPECT_GE(now_ms, before + shift - 1000);
  EXPECT_LE(now_ms, after + shift + 1000);
  EXPECT_EQ(clock["utc_offset_minutes"], 480);
  std::time_t beijing = static_cast<std::time_t>(now_ms / 1000 + 8 * 3600);
  std::tm tm{};
  gmtime_r(&beijing, &tm);
  char day[16];
  std::strftime(day, sizeof day, "%Y-%m-%d", &tm);
  EXPECT_EQ(clock["today"], day);
}

TEST_P(IdentityHttpTest, WrongPasswordUnknownUserAndMissingFields) {
  ASSERT_TRUE(server_);
  HttpClient c(server_->port());
  auto wrong = login(c, "renshi", "Wrong@Password1");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.error_code(), "auth.bad_credentials");
  auto unknown = login(c, "nobody");
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(unknown.error_code(), "auth.bad_credentials");
  auto missing = c.post_json("/api/v1/auth/login", {{"username", "renshi"}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.json()["error"]["field"], "password");
  EXPECT_EQ(c.get("/api/v1/auth/me").error_code(), "auth.unauthenticated");
}

TEST_P(IdentityHttpTest, FailuresMakeTheAddressWaitAndAnUnknownNameAnswersTheSame) {
  ASSERT_TRUE(server_);
  HttpClient c(server_->port());
  EXPECT_EQ(login(c, "zhigong", "Wrong@Password1").status, 401);
  EXPECT_EQ(login(c, "zhigong", "Wrong@Password2").status, 401);
  auto third = login(c, "zhigong", "Wrong@Password3");
  EXPECT_EQ(third.status, 429);
  EXPECT_EQ(third.error_code(), "auth.throttled");
  auto right = login(c, "zhigong");
  EXPECT_EQ(right.status, 429) << right.body;  // waits even with the right password
  set_clock(c, 29 * 1000);
  EXPECT_EQ(login(c, "zhigong").status, 429);
  set_clock(c, 31 * 1000);
  auto later = login(c, "zhigong");
  EXPECT_EQ(later.status, 200) << later.body;
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.throttle'"), 1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login' AND success = 0"), 5);
  // A name that is no account: the same statuses and the same body shape, step by step.
  HttpClient n(server_->port());
  EXPECT_EQ(login(n, "nobody", "Wrong@Password1").status, 401);
  EXPECT_EQ(login(n, "nobody", "Wrong@Password2").status, 401);
  auto none = login(n, "nobody", "Wrong@Password3");
  EXPECT_EQ(none.status, 429);
  EXPECT_EQ(none.error_code(), "auth.throttled");
  EXPECT_EQ(none.json()["error"].size(), third.json()["error"].size());
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE actor = 'nobody' OR summary LIKE '%nobody%'"), 0);
}

TEST_P(IdentityHttpTest, SysadminUnlocksALockedAccount) {
  ASSERT_TRUE(server_);
  HttpClient u(server_->port());
  for (int i = 0; i < 3; ++i) login(u, "zhigong", "Wrong@Password" + std::to_string(i));
  ASSERT_EQ(login(u, "zhigong").status, 429);
  HttpClient admin(server_->port());
  ASSERT_EQ(login(admin, "sysadmin").status, 200);
  auto locked = admin.get("/api/v1/admin/accounts?locked=true");
  ASSERT_EQ(locked.status, 200) << locked.body;
  EXPECT_EQ(locked.json()["meta"]["total"], 1);
  auto unlock = admin.post_json("/api/v1/admin/accounts/" + std::to_string(ids_["zhigong"]) + "/unlock");
  ASSERT_EQ(unlock.status, 200) << unlock.body;
  EXPECT_EQ(login(u, "zhigong").status, 200);
}

// A user who lost the authenticator: the system administrator resets the account's
// TOTP, which ends its sessions; the user then signs in with the password alone and may
// enrol again. Not one's own, not twice, not by the security administrator; audited.
TEST_P(IdentityHttpTest, SysadminResetsAnotherAccountsTotp) {
  ASSERT_TRUE(server_);
  HttpClient u(server_->port());
  ASSERT_EQ(login(u, "zhigong").status, 200);
  ASSERT_NO_FATAL_FAILURE(enrol_totp(u));
  HttpClient without_code(server_->port());
  EXPECT_EQ(login(without_code, "zhigong").error_code(), "auth.totp_required");

  const std::string path = "/api/v1/admin/accounts/" + std::to_string(ids_["zhigong"]) + "/reset-totp";
  HttpClient sec(server_->port());
  ASSERT_EQ(login(sec, "secadmin").status, 200);
  EXPECT_EQ(sec.post_json(path).status, 403);  // accounts are the system administrator's
  HttpClient admin(server_->port());
  ASSERT_EQ(login(admin, "sysadmin").status, 200);
  auto reset = admin.post_json(path);
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.json()["data"]["totp_enabled"], false);
  EXPECT_EQ(u.get("/api/v1/auth/me").status, 401);  // the user's session ended
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts WHERE totp_secret IS NOT NULL OR totp_enabled <> 0"), 0);
  HttpClient again(server_->port());
  ASSERT_EQ(login(again, "zhigong").status, 200);  // the password alone
  EXPECT_EQ(again.post_json("/api/v1/auth/totp/setup").status, 200);  // and enrols again

  auto twice = admin.post_json(path);
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_EQ(twice.error_code(), "account.totp_not_enabled");
  auto own = admin.post_json("/api/v1/admin/accounts/" + std::to_string(ids_["sysadmin"]) + "/reset-totp");
  EXPECT_EQ(own.status, 403) << own.body;
  EXPECT_EQ(own.error_code(), "account.self_reset_totp");
  EXPECT_EQ(admin.post_json("/api/v1/admin/accounts/999999/reset-totp").status, 404);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'account.reset_totp' AND object_id = '" +
                   std::to_string(ids_["zhigong"]) + "' AND success = 1"), 1);
}

TEST_P(IdentityHttpTest, IdleTimeoutAnswersSessionExpired) {
  ASSERT_TRUE(server_);
  HttpClient c(server_->port());
  ASSERT_EQ(login(c, "renshi").status, 200);
  set_clock(c, 20 * 60 * 1000);
  ASSERT_EQ(c.get("/api/v1/auth/me").status, 200);  // activity at +20 min
  set_clock(c, (20 + 29) * 60 * 1000);
  ASSERT_EQ(c.post_json("/api/v1/auth/touch").status, 200);  // "stay signed in" at +49 min
  set_clock(c, (49 + 31) * 60 * 1000);
  auto r = c.get("/api/v1/auth/me");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.error_code(), "auth.session_expired");
}

TEST_P(IdentityHttpTest, AWrongKindOfIdIsRefusedNamingTheFieldNotIgnored) {
  // person_id "12a" or a grant's scope_ref 3.5 used to be read as "no person" / "no
  // scope": an account silently linked to nobody, a grant silently unit-wide.
  ASSERT_TRUE(server_);
  HttpClient c(server_->port());
  ASSERT_EQ(login(c, "sysadmin").status, 200);
  const int64_t before = scalar("SELECT COUNT(*) FROM accounts");
  auto bad = c.post_json("/api/v1/admin/accounts", {{"username", "wangwu"}, {"display_name", "王五"}, {"person_id", "12a"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "person_id");
  EXPECT_FALSE(bad.json()["error"]["message_zh"].get<std::string>().empty());
  EXPECT_FALSE(bad.json()["error"]["message_en"].get<std::string>().empty());
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts"), before);

  HttpClient sec(server_->port());
  ASSERT_EQ(login(sec, "secadmin").status, 200);
  auto grant = sec.put_json("/api/v1/admin/accounts/" + std::to_string(ids_["zhigong"]) + "/roles",
                            {{"grants", {{{"role", "dept_head"}, {"scope", "department"}, {"scope_ref", 3.5}}}}});
  EXPECT_EQ(grant.status, 400) << grant.body;
  EXPECT_EQ(grant.json()["error"]["field"], "grants[0].scope_ref");
}

TEST_P(IdentityHttpTest, CsrfMissingOrWrongIsRefusedAndChangesNothing) {
  ASSERT_TRUE(server_);
  HttpClient c(server_->port());
  ASSERT_EQ(login(c, "sysadmin").status, 200);
  const std::string good = c.csrf();
  const int64_t before = scalar("SELECT COUNT(*) FROM accounts");
  const nlohmann::json body = {{"username", "lisi"}, {"display_name", "李四"}};
  c.set_csrf("");
  auto missing = c.post_json("/api/v1/admin/accounts", body);
  EXPECT_EQ(missing.status, 403);
  EXPECT_EQ(missing.error_code(), "auth.csrf");
  c.set_csrf(good.substr(1) + "x");
  auto wrong = c.post_json("/api/v1/admin/accounts", body);
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(wrong.error_code(), "auth.csrf");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts"), before);
  c.set_csrf(good);
  auto ok = c.post_json("/api/v1/admin/accounts", body);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM accounts"), before + 1);
  // The one-time password works once, and forces a change.
  HttpClient n(server_->port());
  auto first = login(n, "lisi", ok.json()["data"]["one_time_password"]);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["data"]["must_change_password"], true);
  EXPECT_EQ(n.get("/api/v1/admin/roles").error_code(), "auth.password_change_required");
  auto changed = n.post_json("/api/v1/auth/password", {{"old_password", ok.json()["data"]["one_time_password"]},
                                                        {"new_password", "short"}});
  EXPECT_EQ(changed.status, 400);
  EXPECT_EQ(changed.json()["error"]["field"], "new_password");
  changed = n.post_json("/api/v1/auth/password", {{"old_password", ok.json()["data"]["one_time_password"]},
                                                   {"new_password", "River@Stone2026"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(n.get("/api/v1/auth/me").json()["data"]["must_change_password"], false);
  // No password ever reaches the audit log.
  const std::string otp = ok.json()["data"]["one_time_password"];
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE summary LIKE '%" + otp + "%' OR summary LIKE '%River@Stone2026%'"),
            0);
}

TEST_P(IdentityHttpTest, PasswordChangeEndsTheOtherSessions) {
  ASSERT_TRUE(server_);
  HttpClient a(server_->port()), b(server_->port());
  ASSERT_EQ(login(a, "renshi").status, 200);
  ASSERT_EQ(login(b, "renshi").status, 200);
  auto r = a.post_json("/api/v1/auth/password", {{"old_password", kPassword}, {"new_password", "River@Stone2026"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(a.get("/api/v1/auth/me").status, 200);
  EXPECT_EQ(b.get("/api/v1/auth/me").status, 401);
}

TEST_P(IdentityHttpTest, ThreeAdministratorsAreSeparated) {
  ASSERT_TRUE(server_);
  HttpClient sys(server_->port()), sec(server_->port()), aud(server_->port()), hr(server_->port());
  ASSERT_EQ(login(sys, "sysadmin").status, 200);
  ASSERT_EQ(login(sec, "secadmin").status, 200);
  ASSERT_EQ(login(aud, "auditor").status, 200);
  ASSERT_EQ(login(hr, "renshi").status, 200);
  const std::string zhigong = std::to_string(ids_["zhigong"]);
  const nlohmann::json grant = {{"grants", {{{"role", "dept_head"}, {"scope", "unit"}}}}};
  const nlohmann::json new_account = {{"username", "wangwu"}, {"display_name", "王五"}};

  // The system administrator cannot assign roles nor read the audit log.
  EXPECT_EQ(sys.put_json("/api/v1/admin/accounts/" + zhigong + "/roles", grant).status, 403);
  EXPECT_EQ(sys.get("/api/v1/admin/accounts/" + zhigong + "/roles").status, 403);
  EXPECT_EQ(sys.get("/api/v1/audit/entries").status, 403);
  EXPECT_EQ(sys.get("/api/v1/audit/verify").status, 403);
  // The security administrator cannot create, change, lock or reset accounts, nor read the audit log.
  EXPECT_EQ(sec.post_json("/api/v1/admin/accounts", new_account).status, 403);
  EXPECT_EQ(sec.put_json("/api/v1/admin/accounts/" + zhigong, {{"display_name", "x"}}).status, 403);
  EXPECT_EQ(sec.post_json("/api/v1/admin/accounts/" + zhigong + "/lock").status, 403);
  EXPECT_EQ(sec.post_json("/api/v1/admin/accounts/" + zhigong + "/reset-password").status, 403);
  EXPECT_EQ(sec.get("/api/v1/audit/entries").status, 403);
  // Nobody grants to themselves.
  auto self = sec.put_json("/api/v1/admin/accounts/" + std::to_string(ids_["secadmin"]) + "/roles",
                           {{"grants", {{{"role", "secadmin"}, {"scope", "unit"}}}}});
  EXPECT_EQ(self.status, 403);
  EXPECT_EQ(self.error_code(), "role.self_grant");
  // Administrator roles are exclusive.
  auto mixed = sec.put_json("/api/v1/admin/accounts/" + zhigong + "/roles",
                            {{"grants", {{{"role", "auditor"}, {"scope", "unit"}}, {{"role", "staff"}, {"scope", "self"}}}}});
  EXPECT_EQ(mixed.status, 400);
  EXPECT_EQ(mixed.error_code(), "role.admin_exclusive");
  // The auditor can do nothing but read the audit log.
  EXPECT_EQ(aud.get("/api/v1/admin/accounts").status, 403);
  EXPECT_EQ(aud.post_json("/api/v1/admin/accounts", new_account).status, 403);
  EXPECT_EQ(aud.put_json("/api/v1/admin/accounts/" + zhigong + "/roles", grant).status, 403);
  EXPECT_EQ(aud.get("/api/v1/audit/entries").status, 200);
  // A business user reaches none of it.
  EXPECT_EQ(hr.get("/api/v1/admin/accounts").status, 403);
  EXPECT_EQ(hr.get("/api/v1/audit/entries").status, 403);
  // What each may do works.
  auto granted = sec.put_json("/api/v1/admin/accounts/" + zhigong + "/roles", grant);
  ASSERT_EQ(granted.status, 200) << granted.body;
  EXPECT_EQ(granted.json()["data"]["grants"][0]["role"], "dept_head");
  EXPECT_EQ(sys.post_json("/api/v1/admin/accounts", new_account).status, 200);
  // The grant is audited with a before/after summary, and the auditor finds it.
  // Refused attempts are audited as failures.
  auto entries = aud.get("/api/v1/audit/entries?action=role.assign&page_size=50");
  ASSERT_EQ(entries.status, 200) << entries.body;
  int refused = 0, done = 0;
  const nlohmann::json listed = entries.json();
  for (const auto& e : listed["data"]) {
    if (!e["success"].get<bool>()) {
      ++refused;
      continue;
    }
    ++done;
    const std::string summary = e["summary"];
    EXPECT_NE(summary.find("staff/self → dept_head/unit"), std::string::npos) << summary;
    EXPECT_EQ(e["actor"], "secadmin");
    EXPECT_EQ(e["object_id"], zhigong);
  }
  EXPECT_EQ(done, 1);
  EXPECT_GE(refused, 4);
}

TEST_P(IdentityHttpTest, TwoServerProcessesShareSessions) {
  ASSERT_TRUE(server_);
  server2_ = start_server();
  ASSERT_TRUE(server2_);
  HttpClient one(server_->port()), two(server2_->port());
  ASSERT_EQ(login(one, "renshi").status, 200);
  two.set_cookie("qf_session", *one.cookie("qf_session"));
  two.set_csrf(one.csrf());
  auto me = two.get("/api/v1/auth/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json()["data"]["username"], "renshi");
  EXPECT_EQ(two.post_json("/api/v1/auth/touch").status, 200);  // CSRF token valid on the other process too
  ASSERT_EQ(two.post_json("/api/v1/auth/logout").status, 200);
  EXPECT_EQ(one.get("/api/v1/auth/me").status, 401);
  // Failed sign-in counts are shared as well.
  HttpClient x(server_->port()), y(server2_->port());
  login(x, "zhigong", "Wrong@Password1");
  login(y, "zhigong", "Wrong@Password2");
  EXPECT_EQ(login(x, "zhigong", "Wrong@Password3").error_code(), "auth.throttled");
  EXPECT_EQ(login(y, "zhigong").error_code(), "auth.throttled");
}

INSTANTIATE_TEST_SUITE_P(Both, IdentityHttpTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::identity_testing
