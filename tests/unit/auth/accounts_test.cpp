// Accounts on both databases: creation rules, password history, 三员分立 grant rules, locks.
#include "auth_fixture.h"

#include "domain/auth/credentials.h"
#include "domain/auth/passwords.h"

namespace qf::auth::testing {
namespace {

class AccountsTest : public IdentityTest {};

TEST_P(AccountsTest, CreatesAndFindsByUsername) {
  int64_t id = make_account("renshi", {{Role::kOrgHr, ScopeKind::kUnit, {}}});
  auto found = find_by_username(conn(), "renshi");
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, id);
  EXPECT_FALSE((*found)->must_change_password);
  auto none = find_by_username(conn(), "nobody");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  auto grants = grants_of(conn(), id);
  ASSERT_TRUE(grants.ok());
  ASSERT_EQ(grants->size(), 1u);
  EXPECT_EQ((*grants)[0].role, Role::kOrgHr);
}

TEST_P(AccountsTest, RefusesDuplicatesBadNamesAndWeakPasswords) {
  make_account("renshi");
  NewAccount a{"renshi", "人事", std::nullopt, kPassword, true};
  auto dup = create_account(conn(), sec, a, kT0);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, "account.exists");
  a.username = "Bad Name";
  auto bad = create_account(conn(), sec, a, kT0);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "username");
  a.username = "zhangsan";
  a.password = "short";
  auto weak = create_account(conn(), sec, a, kT0);
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(weak.error().field, "password");
  EXPECT_EQ(count("SELECT COUNT(*) FROM accounts"), 1);
}

TEST_P(AccountsTest, PasswordHistoryRefusesReuse) {
  int64_t id = make_account("zhigong");
  auto same = set_password(conn(), sec, id, kPassword, false, kT0 + 1);
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().code, "auth.password_reused");
  EXPECT_EQ(same.error().field, "new_password");
  ASSERT_TRUE(set_password(conn(), sec, id, "Another@Pass1", false, kT0 + 2).ok());
  ASSERT_TRUE(set_password(conn(), sec, id, "Third@Pass22", false, kT0 + 3).ok());
  EXPECT_FALSE(set_password(conn(), sec, id, kPassword, false, kT0 + 4).ok());  // still within the last 5
  auto wrong_old = change_own_password(conn(), sec, id, "not-it", "Fourth@Pass4", kT0 + 5);
  ASSERT_FALSE(wrong_old.ok());
  EXPECT_EQ(wrong_old.error().field, "old_password");
  ASSERT_TRUE(change_own_password(conn(), sec, id, "Third@Pass22", "Fourth@Pass4", kT0 + 6).ok());
}

TEST_P(AccountsTest, SeparationOfDutiesInGrants) {
  int64_t sysadmin = make_account("sysadmin", {{Role::kSysAdmin, ScopeKind::kUnit, {}}});
  int64_t secadmin = make_account("secadmin", {{Role::kSecAdmin, ScopeKind::kUnit, {}}});
  int64_t x = make_account("zhangsan");
  // Two administrator roles on one account.
  auto two = grant_roles(conn(), x, {{Role::kSysAdmin, ScopeKind::kUnit, {}}, {Role::kAuditor, ScopeKind::kUnit, {}}},
                         secadmin, kT0);
  ASSERT_FALSE(two.ok());
  EXPECT_EQ(two.error().code, "role.admin_exclusive");
  // An administrator role together with a business role.
  auto mixed = grant_roles(conn(), x, {{Role::kAuditor, ScopeKind::kUnit, {}}, {Role::kStaff, ScopeKind::kSelf, {}}},
                           secadmin, kT0);
  ASSERT_FALSE(mixed.ok());
  EXPECT_EQ(mixed.error().code, "role.admin_exclusive");
  // Granting to oneself.
  auto self = grant_roles(conn(), secadmin, {{Role::kSecAdmin, ScopeKind::kUnit, {}}}, secadmin, kT0);
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().code, "role.self_grant");
  EXPECT_EQ(self.error().kind, ErrorKind::kForbidden);
  // Department scope without a department.
  auto noref = grant_roles(conn(), x, {{Role::kDeptHead, ScopeKind::kDepartment, {}}}, secadmin, kT0);
  ASSERT_FALSE(noref.ok());
  EXPECT_EQ(noref.error().field, "grants[0].scope_ref");
  // Nothing of the refused grants was stored; a valid one is.
  EXPECT_EQ(grants_of(conn(), x)->size(), 0u);
  ASSERT_TRUE(grant_roles(conn(), x, {{Role::kStaff, ScopeKind::kSelf, {}}, {Role::kBranchInspector, ScopeKind::kBranch, 2}},
                          secadmin, kT0).ok());
  EXPECT_EQ(grants_of(conn(), x)->size(), 2u);
  (void)sysadmin;
}

TEST_P(AccountsTest, LockEndsSessionsAndUnlockClears) {
  int64_t id = make_account("chuzhang");
  exec("INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at, client_addr, "
       "user_agent) VALUES ('h', " + std::to_string(id) + ", 'c', 0, 0, 1, '', '')");
  ASSERT_TRUE(lock_account(conn(), id, kT0).ok());
  auto a = get_account(conn(), id);
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a->locked_at(kT0 + 365LL * 86400 * 1000));
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 0);
  ASSERT_TRUE(unlock_account(conn(), id).ok());
  EXPECT_FALSE(get_account(conn(), id)->locked_at(kT0));
  AccountFilter f;
  f.locked = false;
  auto list = list_accounts(conn(), f, kT0);
  ASSERT_TRUE(list.ok()) << list.error().to_string();
  EXPECT_EQ(list->second, 1);
  f.locked = true;
  EXPECT_EQ(list_accounts(conn(), f, kT0)->second, 0);
  f = {};
  f.q = "chu";
  EXPECT_EQ(list_accounts(conn(), f, kT0)->second, 1);
}

TEST(GeneratedPasswords, SatisfyThePolicy) {
  PasswordPolicy p;
  p.require_symbol = true;
  for (int i = 0; i < 50; ++i) {
    std::string pw = generate_password(p);
    EXPECT_TRUE(check_password_policy(p, pw, "", "password").ok()) << pw;
  }
}

INSTANTIATE_TEST_SUITE_P(Both, AccountsTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::auth::testing
