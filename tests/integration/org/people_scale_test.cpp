// Paging, sorting and search over 10,000 people on both databases.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/org/org_codes.h"
#include "org_test_bureau.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using orgtest::kNow;

class PeopleScaleTest : public testing::DatabaseTest {};

constexpr int kPeople = 10000;

TEST_P(PeopleScaleTest, PagingSortingAndSearchAreExact) {
  orgtest::Bureau b;
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    b = orgtest::make_bureau(lease->get());
  }
  const char* ranks[] = {"officer", "deputy_section", "section", "deputy_division", "division"};
  Status st = db().transaction([&](store::Connection& conn) -> Status {
    for (int i = 0; i < kPeople; ++i) {
      char no[16];
      std::snprintf(no, sizeof no, "E%05d", (i * 7919) % kPeople);  // inserted out of order
      int64_t dept = i % 3 == 0 ? b.office : i % 3 == 1 ? b.planning : b.planning1;
      char date[16];
      std::snprintf(date, sizeof date, "20%02d-%02d-%02d", 10 + i % 15, 1 + i % 12, 1 + i % 28);
      QF_TRY(int64_t id, conn.insert(store::sql(conn, "org/person_insert"),
                                     {b.unit_id, std::string(no), "人员" + std::to_string(i), std::string("male"), nullptr,
                                      dept, nullptr, nullptr, std::string(ranks[i % 5]), int64_t{i % 10 == 0 ? 1 : 0},
                                      std::string(i % 10 < 7 ? "member" : "masses"), std::string(date), nullptr, kNow, kNow}));
      (void)id;
    }
    return {};
  });
  ASSERT_TRUE(st.ok()) << st.error().to_string();
  auto lease = db().acquire();
  store::Connection& conn = lease->get();
  auto who = orgtest::unit_principal();

  // Walk every page sorted by employee number: each number exactly once, in order.
  org::PeopleQuery q;
  q.sort = "employee_no";
  q.limit = 200;
  std::vector<std::string> seen;
  for (int64_t page = 0;; ++page) {
    q.offset = page * q.limit;
    auto r = org::search_people(conn, who, q);
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    EXPECT_EQ(r->second, kPeople);
    if (r->first.empty()) break;
    for (const auto& p : r->first) seen.push_back(p.employee_no);
  }
  ASSERT_EQ(seen.size(), static_cast<size_t>(kPeople));
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  EXPECT_EQ(seen.front(), "E00000");
  EXPECT_EQ(seen.back(), "E09999");

  // Descending, last page.
  q.descending = true;
  q.offset = kPeople - 10;
  q.limit = 20;
  auto tail = org::search_people(conn, who, q);
  ASSERT_EQ(tail->first.size(), 10u);
  EXPECT_EQ(tail->first.back().employee_no, "E00000");

  // Rank sort follows the rank order, not the code's alphabet.
  q = {};
  q.sort = "rank";
  q.descending = true;
  q.limit = 2500;
  auto by_rank = org::search_people(conn, who, q);
  ASSERT_TRUE(by_rank.ok());
  for (size_t i = 1; i < by_rank->first.size(); ++i) {
    EXPECT_GE(org::rank_level(by_rank->first[i - 1].rank), org::rank_level(by_rank->first[i].rank));
  }
  EXPECT_EQ(by_rank->first.front().rank, "division");

  // Joined date sort.
  q = {};
  q.sort = "joined_date";
  q.limit = 500;
  auto by_date = org::search_people(conn, who, q);
  for (size_t i = 1; i < by_date->first.size(); ++i) {
    EXPECT_LE(by_date->first[i - 1].joined_date, by_date->first[i].joined_date);
  }

  // Search by name substring and by employee number; filters count exactly.
  q = {};
  q.q = "人员999";  // 人员999, 人员9990..人员9999
  auto found = org::search_people(conn, who, q);
  EXPECT_EQ(found->second, 11);
  q.q = "E0424";
  EXPECT_EQ(org::search_people(conn, who, q)->second, 10);
  q = {};
  q.leading_cadre = true;
  EXPECT_EQ(org::search_people(conn, who, q)->second, kPeople / 10);
  q = {};
  q.party_member = true;
  EXPECT_EQ(org::search_people(conn, who, q)->second, kPeople * 7 / 10);
  q = {};
  q.department_id = b.planning;  // with 规划一科
  EXPECT_EQ(org::search_people(conn, who, q)->second, kPeople - (kPeople + 2) / 3);
  // A LIKE wildcard typed by a user is a literal character.
  q = {};
  q.q = "%";
  EXPECT_EQ(org::search_people(conn, who, q)->second, 0);
}

INSTANTIATE_TEST_SUITE_P(Both, PeopleScaleTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
