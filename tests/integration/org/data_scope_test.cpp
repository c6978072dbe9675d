// Data scope of organisation reads: department heads see their department (and its
// sub-departments), staff see themselves, unit scope sees everyone.
#include <gtest/gtest.h>

#include "org_test_bureau.h"
#include "support/test_databases.h"

namespace qf {
namespace {

class DataScopeTest : public testing::DatabaseTest {};

std::set<std::string> names_of(store::Connection& conn, const auth::Principal& who) {
  org::PeopleQuery q;
  q.limit = 0;
  auto r = org::search_people(conn, who, q);
  EXPECT_TRUE(r.ok());
  std::set<std::string> out;
  for (const auto& p : r->first) out.insert(p.name);
  EXPECT_EQ(static_cast<int64_t>(out.size()), r->second);
  return out;
}

TEST_P(DataScopeTest, EachScopeSeesWhatItShould) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);
  int64_t office_head = orgtest::add_person(conn, b, "1", "办公室主任", b.office, b.branch1);
  orgtest::add_person(conn, b, "2", "办公室科员", b.office, b.branch2);
  orgtest::add_person(conn, b, "3", "规划处处长", b.planning, b.branch1);
  int64_t clerk = orgtest::add_person(conn, b, "4", "规划一科科员", b.planning1, b.branch2);

  EXPECT_EQ(names_of(conn, orgtest::unit_principal()).size(), 4u);
  EXPECT_EQ(names_of(conn, orgtest::department_principal({b.office}, office_head)),
            (std::set<std::string>{"办公室主任", "办公室科员"}));
  // Department scopes arrive expanded to sub-departments (identity resolves them).
  EXPECT_EQ(names_of(conn, orgtest::department_principal({b.planning, b.planning1})),
            (std::set<std::string>{"规划处处长", "规划一科科员"}));
  EXPECT_EQ(names_of(conn, orgtest::self_principal(clerk)), (std::set<std::string>{"规划一科科员"}));
  auth::Principal branch;
  branch.branch_ids = {b.branch1};
  EXPECT_EQ(names_of(conn, branch), (std::set<std::string>{"办公室主任", "规划处处长"}));
  EXPECT_TRUE(names_of(conn, auth::Principal{}).empty());

  // Direct reads outside the scope look like absent records.
  auto hidden = org::get_person(conn, orgtest::self_principal(clerk), office_head);
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  EXPECT_TRUE(org::get_person(conn, orgtest::self_principal(clerk), clerk).ok());

  // Filters combine with the scope: a department filter outside it finds nothing.
  org::PeopleQuery q;
  q.department_id = b.planning;
  auto r = org::search_people(conn, orgtest::department_principal({b.office}), q);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->second, 0);
  // Department filter includes sub-departments.
  r = org::search_people(conn, orgtest::unit_principal(), q);
  EXPECT_EQ(r->second, 2);
}

INSTANTIATE_TEST_SUITE_P(Both, DataScopeTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
