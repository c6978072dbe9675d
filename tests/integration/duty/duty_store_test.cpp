// Two responsibilities over the store, on both databases: a year's list starts as a
// copy of last year's and is then changed without touching last year's; a dual-duty
// list is its member's; tasks follow the caller's data scope; progress reports move a
// task and reject bad input without writing anything; setting oversight moves the
// committee member's data scope from today.
#include <gtest/gtest.h>

#include "domain/auth/data_scope.h"
#include "domain/duty/duty.h"
#include "org_test_bureau.h"
#include "support/served_test.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using orgtest::kNow;

class DutyStoreTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    testing::DatabaseTest::SetUp();
    if (IsSkipped()) return;
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto& conn = lease->get();
    b_ = orgtest::make_bureau(conn);
    member_ = orgtest::add_person(conn, b_, "1001", "班子成员甲", b_.office);
    other_ = orgtest::add_person(conn, b_, "1002", "班子成员乙", b_.office);
    head_ = orgtest::add_person(conn, b_, "1003", "规划处长", b_.planning);
    account_ = testing::add_test_account(conn, "chuzhang", {}, head_);
  }
  int64_t count(const std::string& sql, store::Params p = {}) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql, p);
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->i64("n") : -1;
  }
  orgtest::Bureau b_;
  int64_t member_ = 0, other_ = 0, head_ = 0, account_ = 0;
};

TEST_P(DutyStoreTest, ANewYearStartsFromLastYearsListAndChangesOnlyItsOwn) {
  auto lease = db().acquire();
  auto& conn = lease->get();
  const int64_t p1 = MUST(duty::add_list_item(conn, {2025, duty::ListKind::kPrimary, std::nullopt, 1, "主体责任一"}, kNow));
  MUST(duty::add_list_item(conn, {2025, duty::ListKind::kSupervisory, std::nullopt, 1, "监督责任一"}, kNow));
  MUST(duty::add_list_item(conn, {2025, duty::ListKind::kDual, member_, 1, "一岗双责甲"}, kNow));
  const int64_t gone = MUST(duty::add_list_item(conn, {2025, duty::ListKind::kPrimary, std::nullopt, 2, "已删除"}, kNow));
  ASSERT_TRUE(duty::archive_list_item(conn, gone, "重复", kNow).ok());

  EXPECT_EQ(MUST(duty::copy_previous_year(conn, 2026, kNow + 1)), 3);  // archived items stay behind
  auto all = orgtest::unit_principal();
  auto y26 = MUST(duty::list_items(conn, all, 2026, std::nullopt));
  ASSERT_EQ(y26.size(), 3u);
  int64_t p1_copy = 0;
  for (const auto& i : y26) {
    EXPECT_TRUE(i.copied_from_id.has_value());
    if (i.copied_from_id == p1) p1_copy = i.id;
  }
  ASSERT_NE(p1_copy, 0);
  ASSERT_TRUE(duty::update_list_item(conn, p1_copy, "主体责任一（2026年修订）", 1, kNow + 2).ok());
  auto y25 = MUST(duty::list_items(conn, all, 2025, duty::ListKind::kPrimary));
  ASSERT_EQ(y25.size(), 1u);
  EXPECT_EQ(y25[0].content, "主体责任一");
  EXPECT_EQ(MUST(duty::get_list_item(conn, all, p1_copy)).content, "主体责任一（2026年修订）");

  // A second copy would duplicate the year: refused, nothing added.
  auto again = duty::copy_previous_year(conn, 2026, kNow);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(again.error().code, "duty.list.year_not_empty");
  EXPECT_EQ(MUST(duty::list_items(conn, all, 2026, std::nullopt)).size(), 3u);
  // Nothing to copy from.
  auto none = duty::copy_previous_year(conn, 2030, kNow);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, "duty.list.nothing_to_copy");
  EXPECT_EQ(none.error().field, "year");
  auto years = MUST(duty::list_years(conn));
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[0].first, 2026);
}

TEST_P(DutyStoreTest, ADualDutyListIsItsMembersOwn) {
  auto lease = db().acquire();
  auto& conn = lease->get();
  const int64_t mine = MUST(duty::add_list_item(conn, {2026, duty::ListKind::kDual, member_, 1, "甲的一岗双责"}, kNow));
  const int64_t theirs = MUST(duty::add_list_item(conn, {2026, duty::ListKind::kDual, other_, 1, "乙的一岗双责"}, kNow));
  MUST(duty::add_list_item(conn, {2026, duty::ListKind::kPrimary, std::nullopt, 1, "主体责任"}, kNow));
  auto me = orgtest::department_principal({b_.office}, member_);
  auto items = MUST(duty::list_items(conn, me, 2026, std::nullopt));
  ASSERT_EQ(items.size(), 2u);
  for (const auto& i : items) EXPECT_NE(i.id, theirs);
  EXPECT_TRUE(duty::get_list_item(conn, me, mine).ok());
  auto hidden = duty::get_list_item(conn, me, theirs);
  auto absent = duty::get_list_item(conn, me, 999999);
  ASSERT_FALSE(hidden.ok());
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(hidden.error().code, absent.error().code);
  EXPECT_EQ(hidden.error().message_zh, absent.error().message_zh);
  EXPECT_EQ(MUST(duty::list_items(conn, orgtest::unit_principal(), 2026, std::nullopt)).size(), 3u);
  // Bad input names the field and stores nothing.
  auto no_member = duty::add_list_item(conn, {2026, duty::ListKind::kDual, std::nullopt, 1, "无人"}, kNow);
  ASSERT_FALSE(no_member.ok());
  EXPECT_EQ(no_member.error().field, "person_id");
  auto blank = duty::add_list_item(conn, {2026, duty::ListKind::kPrimary, std::nullopt, 1, "   "}, kNow);
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().field, "content");
  auto year = duty::add_list_item(conn, {1999, duty::ListKind::kPrimary, std::nullopt, 1, "x"}, kNow);
  ASSERT_FALSE(year.ok());
  EXPECT_EQ(year.error().field, "year");
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_list_items"), 3);
}

TEST_P(DutyStoreTest, TasksFollowTheDataScopeAndProgressMovesThem) {
  auto lease = db().acquire();
  auto& conn = lease->get();
  const int64_t wp = MUST(duty::create_work_point(conn, 2026, "压实责任", 1, kNow));
  duty::TaskInput in{wp, "规划处任务", b_.planning, head_, "2026-06-30", {{"方案", "2026-03-31"}}};
  const int64_t planning = MUST(duty::create_task(conn, in, kNow));
  const int64_t section = MUST(duty::create_task(conn, {wp, "规划一科任务", b_.planning1, std::nullopt, "2026-01-10", {}}, kNow));
  const int64_t office = MUST(duty::create_task(conn, {wp, "办公室任务", b_.office, std::nullopt, "2026-12-31", {}}, kNow));
  const std::string today = "2026-02-01";

  auto ids = [&](const auth::Principal& p, duty::TaskQuery q = {}) {
    std::set<int64_t> out;
    for (const auto& t : MUST(duty::list_tasks(conn, p, q, today)).first) out.insert(t.id);
    return out;
  };
  EXPECT_EQ(ids(orgtest::unit_principal()), (std::set<int64_t>{planning, section, office}));
  // 规划处 and its section (the data scope resolves sub-departments); not 办公室.
  auto overseer = orgtest::department_principal({b_.planning, b_.planning1}, member_);
  EXPECT_EQ(ids(overseer), (std::set<int64_t>{planning, section}));
  auto office_head = orgtest::department_principal({b_.office});
  EXPECT_EQ(ids(office_head), (std::set<int64_t>{office}));
  auto hidden = duty::get_task(conn, office_head, planning, today);
  auto absent = duty::get_task(conn, office_head, 999999, today);
  ASSERT_FALSE(hidden.ok());
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::kNotFound);
  EXPECT_EQ(hidden.error().code, absent.error().code);
  // The owner sees their own task whatever their departments.
  EXPECT_EQ(ids(orgtest::self_principal(head_)), (std::set<int64_t>{planning}));
  // Filters: overdue = deadline passed and not done.
  duty::TaskQuery overdue;
  overdue.state = "overdue";
  EXPECT_EQ(ids(orgtest::unit_principal(), overdue), (std::set<int64_t>{section}));
  auto points = MUST(duty::list_work_points(conn, overseer, 2026, today));
  ASSERT_EQ(points.size(), 1u);
  EXPECT_EQ(points[0].task_total, 2);
  EXPECT_EQ(points[0].task_overdue, 1);

  duty::Task t = MUST(duty::get_task(conn, orgtest::unit_principal(), planning, today));
  ASSERT_EQ(t.milestones.size(), 1u);
  // A milestone of another task is refused naming it; nothing is written.
  duty::ProgressInput bad{"进展", 30, duty::TaskStatus::kInProgress, {t.milestones[0].id + 1000}};
  auto refused = duty::report_progress(conn, t, account_, "甲", bad, today, kNow);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "milestones_done[0]");
  duty::ProgressInput over{"进展", 130, duty::TaskStatus::kInProgress, {}};
  auto too_much = duty::report_progress(conn, t, account_, "甲", over, today, kNow);
  ASSERT_FALSE(too_much.ok());
  EXPECT_EQ(too_much.error().field, "progress");

  duty::ProgressInput ok{"方案已印发", 40, duty::TaskStatus::kInProgress, {t.milestones[0].id}};
  ASSERT_TRUE(duty::report_progress(conn, t, account_, "甲", ok, today, kNow).ok());
  t = MUST(duty::get_task(conn, orgtest::unit_principal(), planning, today));
  EXPECT_EQ(t.status, duty::TaskStatus::kInProgress);
  EXPECT_EQ(t.progress, 40);
  EXPECT_EQ(t.milestones[0].done_date, today);
  duty::ProgressInput done{"全部完成", 80, duty::TaskStatus::kDone, {}};
  ASSERT_TRUE(duty::report_progress(conn, t, account_, "甲", done, "2026-03-01", kNow + 1).ok());
  t = MUST(duty::get_task(conn, orgtest::unit_principal(), planning, "2026-12-01"));
  EXPECT_EQ(t.status, duty::TaskStatus::kDone);
  EXPECT_EQ(t.progress, 100);
  EXPECT_EQ(t.done_date, "2026-03-01");
  EXPECT_FALSE(t.overdue);
  auto reports = MUST(duty::progress_of(conn, planning));
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].content, "全部完成");

  // Task input errors name the field.
  auto late = duty::create_task(conn, {wp, "x", b_.office, std::nullopt, "2026-03-01", {{"节点", "2026-04-01"}}}, kNow);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().field, "milestones[0].due_date");
  auto date = duty::create_task(conn, {wp, "x", b_.office, std::nullopt, "2026-02-30", {}}, kNow);
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.error().field, "deadline_date");
  auto dept = duty::create_task(conn, {wp, "x", 999999, std::nullopt, "2026-02-20", {}}, kNow);
  ASSERT_FALSE(dept.ok());
  EXPECT_EQ(dept.error().field, "owner_department_id");
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_tasks"), 3);
}

TEST_P(DutyStoreTest, SettingOversightMovesTheMembersScopeFromToday) {
  auto lease = db().acquire();
  auto& conn = lease->get();
  ASSERT_TRUE(org::add_oversight(conn, member_, b_.planning, "2024-01-01").ok());
  const std::string today = auth::beijing_date(kNow);
  auto scope = [&] {
    auth::Principal p;
    p.person_id = member_;
    p.grants = {{auth::Role::kCommitteeMember, auth::ScopeKind::kOverseen, {}}};
    EXPECT_TRUE(auth::resolve_data_scope(conn, p, kNow).ok());
    return p.department_ids;
  };
  EXPECT_EQ(scope(), (std::set<int64_t>{b_.planning, b_.planning1}));
  ASSERT_TRUE(duty::set_oversight(conn, member_, {b_.office}, today).ok());
  EXPECT_EQ(scope(), (std::set<int64_t>{b_.office}));
  auto rows = MUST(duty::current_oversight(conn, today));
  bool found = false;
  for (const auto& r : rows) {
    if (r.person_id != member_) continue;
    found = true;
    ASSERT_EQ(r.departments.size(), 1u);
    EXPECT_EQ(r.departments[0].first, b_.office);
  }
  EXPECT_TRUE(found);
  // The history stays: the 规划处 row ended yesterday, not deleted.
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM department_oversight WHERE person_id = ? AND until_date IS NOT NULL",
                  {member_}),
            1);
  // Setting the same set again changes nothing.
  ASSERT_TRUE(duty::set_oversight(conn, member_, {b_.office}, today).ok());
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM department_oversight WHERE person_id = ?", {member_}), 2);
  // An unknown department is refused naming the field; the oversight is unchanged.
  auto bad = duty::set_oversight(conn, member_, {b_.planning, 999999}, today);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "department_ids");
  EXPECT_EQ(scope(), (std::set<int64_t>{b_.office}));
  auto nobody = duty::set_oversight(conn, 999999, {b_.office}, today);
  ASSERT_FALSE(nobody.ok());
  EXPECT_EQ(nobody.error().kind, ErrorKind::kNotFound);
  // Nothing at all: the member oversees no department.
  ASSERT_TRUE(duty::set_oversight(conn, member_, {}, today).ok());
  EXPECT_TRUE(scope().empty());
}

INSTANTIATE_TEST_SUITE_P(Both, DutyStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
