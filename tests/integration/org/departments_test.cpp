// The department tree: archive instead of delete, no cycles, unique codes.
#include <gtest/gtest.h>

#include "org_test_bureau.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using orgtest::kNow;

class DepartmentsTest : public testing::DatabaseTest {};

TEST_P(DepartmentsTest, ArchiveNeedsAReasonAndAnEmptyDepartment) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);

  auto no_reason = org::archive_department(conn, b.planning1, "", kNow);
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "reason");

  auto parent = org::archive_department(conn, b.planning, "撤并", kNow);
  ASSERT_FALSE(parent.ok());
  EXPECT_EQ(parent.error().code, "org.department_in_use");  // 规划一科 is still active

  int64_t someone = orgtest::add_person(conn, b, "200001", "孙丽", b.planning1);
  auto busy = org::archive_department(conn, b.planning1, "撤并", kNow);
  ASSERT_FALSE(busy.ok());
  EXPECT_NE(busy.error().message_zh.find("1 名在职人员"), std::string::npos);

  ASSERT_TRUE(org::record_position_event(conn, someone, {"transfer", b.office, std::nullopt, "", "2025-01-01", ""}, {}, kNow).ok());
  ASSERT_TRUE(org::archive_department(conn, b.planning1, "机构改革撤并", kNow).ok());
  ASSERT_TRUE(org::archive_department(conn, b.planning, "机构改革撤并", kNow).ok());

  auto active = org::list_departments(conn, false);
  ASSERT_TRUE(active.ok());
  ASSERT_EQ(active->size(), 1u);
  EXPECT_EQ(active->front().name, "办公室");
  EXPECT_EQ(active->front().people_count, 1);
  auto all = org::list_departments(conn, true);
  ASSERT_EQ(all->size(), 3u);
  auto archived = org::get_department(conn, b.planning1);
  ASSERT_TRUE(archived.ok());
  EXPECT_TRUE(archived->archived_at.has_value());
  EXPECT_EQ(archived->archive_reason, "机构改革撤并");
  // The history still names the archived department.
  auto h = org::position_history(conn, someone);
  EXPECT_EQ(h->front().department_name, "规划一科");
}

TEST_P(DepartmentsTest, NoCyclesAndNoDuplicateCodes) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);
  auto cycle = org::update_department(conn, b.planning, {b.planning1, "规划处", "GHC", 20}, kNow);
  ASSERT_FALSE(cycle.ok());
  EXPECT_EQ(cycle.error().field, "parent_id");
  auto self = org::update_department(conn, b.planning, {b.planning, "规划处", "GHC", 20}, kNow);
  ASSERT_FALSE(self.ok());
  auto dup = org::create_department(conn, b.unit_id, {std::nullopt, "另一个办公室", "BGS", 0}, kNow);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, "org.duplicate_code");
  EXPECT_EQ(dup.error().field, "code");
  ASSERT_TRUE(org::update_department(conn, b.planning1, {b.office, "综合科", "ZHK", 5}, kNow).ok());
  auto moved = org::get_department(conn, b.planning1);
  EXPECT_EQ(moved->parent_id, b.office);
  EXPECT_EQ(moved->name, "综合科");
  auto subtree = org::subtree_ids(*org::list_departments(conn, true), b.office);
  EXPECT_EQ(subtree.size(), 2u);
}

TEST_P(DepartmentsTest, BranchesAndPositions) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto b = orgtest::make_bureau(conn);
  int64_t sec = orgtest::add_person(conn, b, "300001", "周红", b.office, b.branch1);
  ASSERT_TRUE(org::update_branch(conn, b.branch1, {"第一党支部", "ZB1", sec, 10}, kNow).ok());
  auto br = org::get_branch(conn, b.branch1);
  EXPECT_EQ(br->secretary_name, "周红");
  EXPECT_EQ(br->people_count, 1);
  auto positions = org::list_positions(conn, b.planning, false);
  ASSERT_EQ(positions->size(), 1u);
  EXPECT_TRUE(positions->front().is_key_position);
  ASSERT_TRUE(org::archive_position(conn, b.approval_pos, "岗位调整", kNow).ok());
  EXPECT_TRUE(org::list_positions(conn, b.planning, false)->empty());
  EXPECT_EQ(org::list_positions(conn, b.planning, true)->size(), 1u);
  auto busy = org::archive_branch(conn, b.branch1, "合并", kNow);
  EXPECT_FALSE(busy.ok());
  ASSERT_TRUE(org::add_oversight(conn, sec, b.planning, "2025-01-01").ok());
  auto ov = org::list_oversight(conn, sec);
  ASSERT_EQ(ov->size(), 1u);
  EXPECT_EQ(ov->front().department_id, b.planning);
}

INSTANTIATE_TEST_SUITE_P(Both, DepartmentsTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
