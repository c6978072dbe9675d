// Pure rules: role/scope codes, the permission table (三员分立), password policy, TOTP.
#include <gtest/gtest.h>

#include "domain/auth/passwords.h"
#include "domain/auth/permissions.h"
#include "domain/auth/principal.h"
#include "domain/auth/totp.h"

namespace qf::auth {
namespace {

TEST(RoleCodes, RoundTripAndLabels) {
  EXPECT_EQ(all_roles().size(), 12u);
  for (Role r : all_roles()) {
    auto back = role_from_code(role_code(r));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, r);
    EXPECT_FALSE(role_label_zh(r).empty());
  }
  EXPECT_EQ(role_label_zh(Role::kDisciplineSecretary), "纪委书记");
  EXPECT_FALSE(role_from_code("root"));
  EXPECT_EQ(scope_from_code("overseen"), ScopeKind::kOverseen);
  EXPECT_FALSE(scope_from_code("planet"));
}

TEST(Permissions, AdministratorsAreSeparated) {
  auto has = [](Role r, std::string_view p) {
    auto v = permissions_of(r);
    return std::find(v.begin(), v.end(), std::string(p)) != v.end();
  };
  EXPECT_TRUE(has(Role::kSysAdmin, perm::kAccountManage));
  EXPECT_TRUE(has(Role::kSysAdmin, perm::kConfigManage));
  EXPECT_FALSE(has(Role::kSysAdmin, perm::kRoleAssign));
  EXPECT_FALSE(has(Role::kSysAdmin, perm::kAuditRead));
  EXPECT_TRUE(has(Role::kSecAdmin, perm::kRoleAssign));
  EXPECT_FALSE(has(Role::kSecAdmin, perm::kAccountManage));
  EXPECT_FALSE(has(Role::kSecAdmin, perm::kAuditRead));
  EXPECT_TRUE(has(Role::kAuditor, perm::kAuditRead));
  EXPECT_FALSE(has(Role::kAuditor, perm::kOrgRead));
  EXPECT_FALSE(has(Role::kAuditor, perm::kAccountManage));
  for (Role r : {Role::kSysAdmin, Role::kSecAdmin, Role::kAuditor}) EXPECT_FALSE(has(r, perm::kOrgManage));
  EXPECT_TRUE(has(Role::kOrgHr, perm::kOrgManage));
  EXPECT_FALSE(has(Role::kStaff, perm::kOrgManage));
  for (Role r : all_roles()) EXPECT_TRUE(has(r, perm::kDashboardRead));
  // Clue content: only the discipline committee; the three administrators, department
  // heads and the Party secretary (aggregates only) never handle clues.
  for (Role r : all_roles())
    EXPECT_EQ(has(r, perm::kClueHandle), r == Role::kDisciplineSecretary || r == Role::kDisciplineMember)
        << role_code(r);
  for (Role r : {Role::kSysAdmin, Role::kSecAdmin, Role::kAuditor, Role::kDeptHead, Role::kStaff, Role::kDisciplineMember})
    EXPECT_FALSE(has(r, perm::kClueStats)) << role_code(r);
  EXPECT_TRUE(has(Role::kDisciplineSecretary, perm::kClueStats));
  EXPECT_TRUE(has(Role::kPartySecretary, perm::kClueStats));
  for (Role r : {Role::kSysAdmin, Role::kSecAdmin, Role::kAuditor}) EXPECT_FALSE(has(r, perm::kTalkRead));
  EXPECT_TRUE(has(Role::kSysAdmin, perm::kCalendarManage));
}

TEST(PasswordPolicy, NamesTheRuleAndField) {
  PasswordPolicy p;
  EXPECT_TRUE(check_password_policy(p, "Qingfeng@2026", "renshi", "password").ok());
  auto short_pw = check_password_policy(p, "Ab1", "renshi", "new_password");
  ASSERT_FALSE(short_pw.ok());
  EXPECT_EQ(short_pw.error().field, "new_password");
  EXPECT_NE(short_pw.error().message_zh.find("10"), std::string::npos);
  EXPECT_FALSE(check_password_policy(p, "qingfeng2026", "x", "p").ok());    // no upper case
  EXPECT_FALSE(check_password_policy(p, "QINGFENG2026", "x", "p").ok());    // no lower case
  EXPECT_FALSE(check_password_policy(p, "Qingfeng@abc", "x", "p").ok());    // no digit
  EXPECT_FALSE(check_password_policy(p, "Renshi@20261", "renshi", "p").ok());  // contains the username
  p.require_symbol = true;
  EXPECT_FALSE(check_password_policy(p, "Qingfeng2026", "x", "p").ok());
  EXPECT_TRUE(check_password_policy(p, "清风Qingfeng2026!", "x", "p").ok());
}

TEST(Passwords, HashVerifies) {
  SecurityConfig sec;
  sec.argon2_opslimit = 1;
  sec.argon2_memlimit = 8 * 1024 * 1024;
  auto h = hash_password(sec, "Qingfeng@2026");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(verify_password(*h, "Qingfeng@2026"));
  EXPECT_FALSE(verify_password(*h, "Qingfeng@2027"));
  EXPECT_NE(random_token(), random_token());
  EXPECT_EQ(token_hash("abc").size(), 64u);
}

// RFC 6238 appendix B (SHA-1 secret "12345678901234567890"), last six digits.
TEST(Totp, Rfc6238Vectors) {
  const std::string secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  EXPECT_EQ(totp::code_at(secret, 59 / 30), "287082");
  EXPECT_EQ(totp::code_at(secret, 1111111109 / 30), "081804");
  EXPECT_EQ(totp::code_at(secret, 1234567890 / 30), "005924");
  EXPECT_EQ(totp::code_at(secret, 20000000000 / 30), "353130");
}

TEST(Totp, AcceptsNeighbourStepsAndRefusesReplay) {
  const std::string secret = totp::new_secret();
  const int64_t now_ms = 1767225600000;
  const int64_t step = now_ms / 1000 / 30;
  EXPECT_EQ(totp::match(secret, totp::code_at(secret, step), now_ms, 0), step);
  EXPECT_EQ(totp::match(secret, totp::code_at(secret, step - 1), now_ms, 0), step - 1);
  EXPECT_EQ(totp::match(secret, totp::code_at(secret, step + 1), now_ms, 0), step + 1);
  EXPECT_FALSE(totp::match(secret, totp::code_at(secret, step - 2), now_ms, 0));
  EXPECT_FALSE(totp::match(secret, totp::code_at(secret, step), now_ms, step));  // already used
  EXPECT_FALSE(totp::match(secret, "12345", now_ms, 0));
  EXPECT_NE(totp::otpauth_uri("清风", "renshi", secret).find("secret=" + secret), std::string::npos);
}

}  // namespace
}  // namespace qf::auth
