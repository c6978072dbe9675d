// Permissions a module declares itself (QF_REGISTER_PERMISSION): they join the table
// GET /admin/roles shows, reach exactly the roles named, and an administrator role or a
// repeated code is refused at start-up.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/auth/permissions.h"
#include "domain/auth/principal.h"

namespace {
using qf::auth::Role;

QF_REGISTER_PERMISSION("testmod.read", "查看测试模块", "Read the test module", Role::kDeptHead,
                       Role::kStaff);

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(ModulePermissions, JoinTheTableAndReachOnlyTheNamedRoles) {
  const auto& all = qf::auth::all_permissions();
  auto it = std::find_if(all.begin(), all.end(), [](auto& p) { return p.code == "testmod.read"; });
  ASSERT_NE(it, all.end());
  EXPECT_EQ(it->label_zh, "查看测试模块");
  EXPECT_EQ(all.front().code, qf::auth::perm::kOrgRead);  // the core table comes first
  for (Role r : qf::auth::all_roles()) {
    const bool expected = r == Role::kDeptHead || r == Role::kStaff;
    EXPECT_EQ(has(qf::auth::permissions_of(r), "testmod.read"), expected)
        << qf::auth::role_code(r);
  }
}

TEST(ModulePermissionsDeathTest, AdministratorsAndRepeatedCodesAreRefused) {
  EXPECT_DEATH(qf::auth::register_permission({"testmod.admin", "x", "x", {Role::kSysAdmin}}),
               "administrator role");
  EXPECT_DEATH(qf::auth::register_permission({"testmod.read", "x", "x", {Role::kStaff}}),
               "declared twice");
  EXPECT_DEATH(qf::auth::register_permission({"clue.handle", "x", "x", {Role::kStaff}}),
               "declared twice");
}
}  // namespace
