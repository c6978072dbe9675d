#pragma once
// Shared by the identity unit tests: a fresh database per test on both dialects, cheap
// Argon2 settings (the cost parameters do not change behaviour), and account helpers.
#include <gtest/gtest.h>

#include "core/config.h"
#include "domain/auth/accounts.h"
#include "support/test_databases.h"

namespace qf::auth::testing {

inline constexpr int64_t kT0 = 1767225600000;  // 2026-01-01 00:00 UTC
inline constexpr const char* kPassword = "Qingfeng@2026";

class IdentityTest : public qf::testing::DatabaseTest {
 protected:
  IdentityTest() {
    sec.argon2_opslimit = 1;
    sec.argon2_memlimit = 8 * 1024 * 1024;
  }
  store::Connection& conn() {
    if (!lease_) {
      auto l = db().acquire();
      EXPECT_TRUE(l.ok());
      lease_.emplace(std::move(l).value());
    }
    return lease_->get();
  }
  void TearDown() override {
    lease_.reset();
    qf::testing::DatabaseTest::TearDown();
  }
  int64_t make_account(const std::string& username, std::vector<RoleGrant> grants = {},
                       std::optional<int64_t> person = std::nullopt) {
    NewAccount a;
    a.username = username;
    a.display_name = username;
    a.password = kPassword;
    a.person_id = person;
    a.must_change_password = false;
    auto id = create_account(conn(), sec, a, kT0);
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    if (!grants.empty()) {
      auto st = grant_roles(conn(), *id, grants, std::nullopt, kT0);
      EXPECT_TRUE(st.ok()) << st.error().to_string();
    }
    return *id;
  }
  void exec(const std::string& sql) {
    auto st = conn().execute_script(sql);
    ASSERT_TRUE(st.ok()) << st.error().to_string();
  }
  int64_t count(const std::string& sql) {
    auto r = conn().query_one(sql);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->i64(0) : -1;
  }

  SecurityConfig sec;

 private:
  std::optional<store::ConnectionLease> lease_;
};

}  // namespace qf::auth::testing
