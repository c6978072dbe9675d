// Position history: promotions and transfers are dated events; the current placement
// follows the latest event and the old rows stay.
#include <gtest/gtest.h>

#include "org_test_bureau.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using orgtest::kNow;

class PositionHistoryTest : public testing::DatabaseTest {};

TEST_P(PositionHistoryTest, PromotionKeepsTheOldRowAndUpdatesTheCurrentPlacement) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);
  int64_t id = orgtest::add_person(conn, b, "100001", "张伟", b.planning1, b.branch1, b.section_pos, "officer");

  org::PositionEventInput promote{"promote", b.planning1, b.section_pos, "deputy_section", "2025-03-01", "2025年第一批"};
  ASSERT_TRUE(org::record_position_event(conn, id, promote, 7, kNow).ok());
  org::PositionEventInput transfer{"transfer", b.planning, b.approval_pos, "", "2025-09-15", "轮岗"};
  ASSERT_TRUE(org::record_position_event(conn, id, transfer, 7, kNow).ok());

  auto history = org::position_history(conn, id);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 3u);
  EXPECT_EQ((*history)[0].kind, "appoint");
  EXPECT_EQ((*history)[0].effective_date, "2020-09-01");
  EXPECT_EQ((*history)[0].rank, "officer");
  EXPECT_EQ((*history)[0].position_name, "科员岗");
  EXPECT_EQ((*history)[1].kind, "promote");
  EXPECT_EQ((*history)[1].rank, "deputy_section");
  EXPECT_EQ((*history)[1].note, "2025年第一批");
  EXPECT_EQ((*history)[1].created_by, 7);
  EXPECT_EQ((*history)[2].kind, "transfer");
  EXPECT_EQ((*history)[2].department_name, "规划处");
  EXPECT_EQ((*history)[2].rank, "deputy_section");  // a transfer keeps the rank

  auto p = org::get_person_unscoped(conn, id);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->department_id, b.planning);
  EXPECT_EQ(p->position_id, b.approval_pos);
  EXPECT_TRUE(p->is_key_position);
  EXPECT_EQ(p->rank, "deputy_section");
  EXPECT_EQ(p->status, "active");
}

TEST_P(PositionHistoryTest, RefusesOutOfOrderDatesAndPromotionsWithoutAHigherRank) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);
  int64_t id = orgtest::add_person(conn, b, "100002", "李娜", b.office, std::nullopt, b.clerk_pos, "section");

  auto back = org::record_position_event(conn, id, {"transfer", b.planning, std::nullopt, "", "2019-01-01", ""}, {}, kNow);
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().field, "effective_date");
  EXPECT_NE(back.error().message_zh.find("2020-09-01"), std::string::npos);

  auto lower = org::record_position_event(conn, id, {"promote", b.office, std::nullopt, "officer", "2025-01-01", ""}, {}, kNow);
  ASSERT_FALSE(lower.ok());
  EXPECT_EQ(lower.error().field, "rank");

  auto wrong_pos = org::record_position_event(conn, id, {"transfer", b.planning, b.clerk_pos, "", "2025-01-01", ""}, {}, kNow);
  ASSERT_FALSE(wrong_pos.ok());
  EXPECT_EQ(wrong_pos.error().field, "position_id");

  auto bad_date = org::record_position_event(conn, id, {"transfer", b.planning, std::nullopt, "", "2025-02-30", ""}, {}, kNow);
  ASSERT_FALSE(bad_date.ok());
  EXPECT_EQ(bad_date.error().field, "effective_date");

  // Nothing of the refused events was stored.
  auto history = org::position_history(conn, id);
  ASSERT_TRUE(history.ok());
  EXPECT_EQ(history->size(), 1u);
  auto p = org::get_person_unscoped(conn, id);
  EXPECT_EQ(p->department_id, b.office);
  EXPECT_EQ(p->rank, "section");
}

TEST_P(PositionHistoryTest, LeavingEndsActiveStatusAndOnlyAReappointmentFollows) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);
  int64_t id = orgtest::add_person(conn, b, "100003", "王强", b.office);
  ASSERT_TRUE(org::record_position_event(conn, id, {"leave", std::nullopt, std::nullopt, "", "2025-06-30", "调出"}, {}, kNow).ok());
  auto p = org::get_person_unscoped(conn, id);
  EXPECT_EQ(p->status, "left");
  auto t = org::record_position_event(conn, id, {"transfer", b.planning, std::nullopt, "", "2025-07-01", ""}, {}, kNow);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().field, "kind");
  ASSERT_TRUE(org::record_position_event(conn, id, {"appoint", b.planning, std::nullopt, "", "2025-08-01", "重新任用"}, {}, kNow).ok());
  p = org::get_person_unscoped(conn, id);
  EXPECT_EQ(p->status, "active");
  EXPECT_EQ(p->department_id, b.planning);
  EXPECT_EQ(org::position_history(conn, id)->size(), 3u);
}

TEST_P(PositionHistoryTest, EmployeeNumbersAreUniqueAndFixed) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);
  int64_t id = orgtest::add_person(conn, b, "100004", "赵敏", b.office);
  org::PersonDetails d;
  d.employee_no = "100004";
  d.name = "赵敏敏";
  d.gender = "female";
  auto dup = org::create_person(conn, b.unit_id, d, {b.office, std::nullopt, "none", "", ""}, {}, kNow);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, "org.duplicate_employee_no");
  EXPECT_EQ(dup.error().field, "employee_no");
  d.employee_no = "999999";
  auto change = org::update_person(conn, id, d, kNow);
  ASSERT_FALSE(change.ok());
  EXPECT_EQ(change.error().field, "employee_no");
  d.employee_no = "100004";
  d.id_number = "110101199003071234";  // wrong check digit
  auto bad_id = org::update_person(conn, id, d, kNow);
  ASSERT_FALSE(bad_id.ok());
  EXPECT_EQ(bad_id.error().field, "id_number");
  d.id_number = "11010519491231002X";
  ASSERT_TRUE(org::update_person(conn, id, d, kNow).ok());
  EXPECT_EQ(org::get_person_unscoped(conn, id)->name, "赵敏敏");
}

INSTANTIATE_TEST_SUITE_P(Both, PositionHistoryTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
