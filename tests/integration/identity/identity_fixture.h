#pragma once
// A fresh database with the three administrators and two business accounts (all with
// kPassword, no forced change), and a `qingfeng serve` process in test mode on it.
#include <gtest/gtest.h>

#include <cstdlib>

#include "core/clock.h"
#include "core/config.h"
#include "domain/auth/accounts.h"
#include "domain/auth/totp.h"
#include "support/http_client.h"
#include "support/server_process.h"
#include "support/test_databases.h"

namespace qf::identity_testing {

inline constexpr const char* kPassword = "Qingfeng@2026";

// Cheap Argon2 (cost does not change behaviour) and a 3-failure lockout.
inline constexpr const char* kConfig = R"(
[security]
lockout_failures = 3
lockout_minutes = 15
session_idle_minutes = 30
argon2_opslimit = 1
argon2_memlimit = 8388608
login_rate_per_minute = 1000
)";

// QF_BINARY (set by make test) wins; otherwise this build's qingfeng.
inline void default_binary() { ::setenv("QF_BINARY", QF_IDENTITY_BINARY, 0); }

class IdentityServerTest : public qf::testing::DatabaseTest {
 protected:
  void SetUp() override {
    default_binary();
    qf::testing::DatabaseTest::SetUp();
    if (IsSkipped()) return;
    sec_.argon2_opslimit = 1;
    sec_.argon2_memlimit = 8 * 1024 * 1024;
    using auth::Role;
    using auth::ScopeKind;
    ids_["sysadmin"] = make("sysadmin", {{Role::kSysAdmin, ScopeKind::kUnit, {}}});
    ids_["secadmin"] = make("secadmin", {{Role::kSecAdmin, ScopeKind::kUnit, {}}});
    ids_["auditor"] = make("auditor", {{Role::kAuditor, ScopeKind::kUnit, {}}});
    ids_["renshi"] = make("renshi", {{Role::kOrgHr, ScopeKind::kUnit, {}}});
    ids_["zhigong"] = make("zhigong", {{Role::kStaff, ScopeKind::kSelf, {}}});
    server_ = start_server();
  }
  void TearDown() override {
    for (auto* s : {&server_, &server2_})
      if (*s) (*s)->stop();
    qf::testing::DatabaseTest::TearDown();
  }

  int64_t make(const std::string& username, std::vector<auth::RoleGrant> grants, bool must_change = false) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auth::NewAccount a{username, username, std::nullopt, kPassword, must_change};
    const int64_t now = qf::SystemClock().now_ms();
    auto id = auth::create_account(lease->get(), sec_, a, now);
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    if (!grants.empty()) EXPECT_TRUE(auth::grant_roles(lease->get(), *id, grants, std::nullopt, now).ok());
    return id.ok() ? *id : 0;
  }

  std::unique_ptr<qf::testing::ServerProcess> start_server() {
    qf::testing::ServerProcessOptions o;
    o.database_url = url();
    o.config_toml = kConfig;
    auto s = qf::testing::ServerProcess::start(o);
    EXPECT_TRUE(s.ok()) << s.error().to_string();
    return s.ok() ? std::move(s).value() : nullptr;
  }

  static qf::testing::HttpResponse login(qf::testing::HttpClient& c, const std::string& user,
                                         const std::string& pw = kPassword) {
    auto r = c.post_json("/api/v1/auth/login", {{"username", user}, {"password", pw}});
    c.adopt_csrf(r);
    return r;
  }

  // Sets up and enables TOTP for the signed-in client `c` with a code of the current step.
  static void enrol_totp(qf::testing::HttpClient& c) {
    auto setup = c.post_json("/api/v1/auth/totp/setup");
    ASSERT_EQ(setup.status, 200) << setup.body;
    const std::string secret = setup.json()["data"]["secret"];
    const int64_t step = qf::SystemClock().now_ms() / 30000;
    auto enable = c.post_json("/api/v1/auth/totp/enable", {{"code", auth::totp::code_at(secret, step)}});
    ASSERT_EQ(enable.status, 200) << enable.body;
  }

  void set_clock(qf::testing::HttpClient& c, int64_t offset_ms) {
    auto r = c.post_json("/api/v1/test/clock", {{"offset_ms", offset_ms}});
    ASSERT_EQ(r.status, 200) << r.body;
  }

  int64_t scalar(const std::string& sql) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << sql;
    return r.ok() ? r->i64(0) : -1;
  }

  SecurityConfig sec_;
  std::map<std::string, int64_t> ids_;
  std::unique_ptr<qf::testing::ServerProcess> server_;
  std::unique_ptr<qf::testing::ServerProcess> server2_;
};

}  // namespace qf::identity_testing
