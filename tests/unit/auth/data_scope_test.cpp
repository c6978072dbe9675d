// Data scopes on both databases: a department grant reaches exactly that department and
// its sub-departments; overseen departments follow department_oversight by date.
#include "auth_fixture.h"

#include "domain/auth/data_scope.h"

namespace qf::auth::testing {
namespace {

class DataScopeTest : public IdentityTest {
 protected:
  void SetUp() override {
    IdentityTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL (QF_TEST_PG_URL unset)
    // 局 → 办公室(1) → 文秘科(2) → 档案组(3); 财务处(4) → 核算科(5); 信息中心(6)
    exec("INSERT INTO units (id, name, code, created_at) VALUES (1, '示范局', 'U1', 0);"
         "INSERT INTO departments (id, unit_id, parent_id, name, code, created_at, updated_at) VALUES "
         "(1, 1, NULL, '办公室', 'D1', 0, 0), (2, 1, 1, '文秘科', 'D2', 0, 0), (3, 1, 2, '档案组', 'D3', 0, 0),"
         "(4, 1, NULL, '财务处', 'D4', 0, 0), (5, 1, 4, '核算科', 'D5', 0, 0), (6, 1, NULL, '信息中心', 'D6', 0, 0);"
         "INSERT INTO people (id, unit_id, employee_no, name, gender, created_at, updated_at) VALUES "
         "(1, 1, 'E1', '王分管', 'male', 0, 0);"
         "INSERT INTO department_oversight (person_id, department_id, since_date, until_date) VALUES "
         "(1, 4, '2025-01-01', NULL), (1, 6, '2024-01-01', '2025-06-30');");
  }
  Principal principal_of(int64_t account) {
    auto p = load_principal(conn(), account, kT0);
    EXPECT_TRUE(p.ok()) << p.error().to_string();
    return p.ok() ? *p : Principal{};
  }
};

TEST_P(DataScopeTest, DepartmentScopeIncludesSubDepartmentsOnly) {
  int64_t id = make_account("chuzhang", {{Role::kDeptHead, ScopeKind::kDepartment, 1}});
  Principal p = principal_of(id);
  EXPECT_EQ(p.department_ids, (std::set<int64_t>{1, 2, 3}));
  EXPECT_FALSE(p.unit_wide);
  EXPECT_TRUE(p.branch_ids.empty());
}

TEST_P(DataScopeTest, OverseenDepartmentsFollowTheDates) {
  int64_t id = make_account("banzi", {{Role::kCommitteeMember, ScopeKind::kOverseen, {}}}, 1);
  Principal p = principal_of(id);  // on 2026-01-01: 财务处 and below; 信息中心 oversight ended
  EXPECT_EQ(p.department_ids, (std::set<int64_t>{4, 5}));
}

TEST_P(DataScopeTest, UnitBranchAndSelfScopes) {
  int64_t unit = make_account("dangwei", {{Role::kPartySecretary, ScopeKind::kUnit, {}}});
  EXPECT_TRUE(principal_of(unit).unit_wide);
  int64_t branch = make_account("zhibu", {{Role::kBranchSecretary, ScopeKind::kBranch, 7},
                                          {Role::kStaff, ScopeKind::kSelf, {}}});
  Principal b = principal_of(branch);
  EXPECT_EQ(b.branch_ids, (std::set<int64_t>{7}));
  EXPECT_TRUE(b.department_ids.empty());
  EXPECT_FALSE(b.unit_wide);
  EXPECT_EQ(b.role_codes(), "branch_secretary,staff");
}

TEST(BeijingDate, UsesUtcPlusEight) {
  EXPECT_EQ(beijing_date(kT0 - 1), "2026-01-01");           // 2025-12-31 23:59:59.999 UTC
  EXPECT_EQ(beijing_date(kT0 - 8 * 3600 * 1000 - 1), "2025-12-31");
}

INSTANTIATE_TEST_SUITE_P(Both, DataScopeTest, qf::testing::AllDatabases(), qf::testing::DatabaseName);

}  // namespace
}  // namespace qf::auth::testing
