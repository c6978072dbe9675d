// The feeds of the talks, reports and calendar modules over the store (both
// databases): who is told what, and nobody else. (The clue feeds are tested through
// the server in messages_http_test.cpp.)
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/calendar/calendar_messages.h"
#include "domain/org/people.h"
#include "domain/reports/report_messages.h"
#include "domain/talks/talk_messages.h"
#include "org_test_bureau.h"
#include "support/served_test.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using orgtest::kNow;

std::vector<int64_t> recipients(const std::vector<messages::Reminder>& rs) {
  std::vector<int64_t> out;
  for (const auto& r : rs) out.push_back(r.account_id);
  std::sort(out.begin(), out.end());
  return out;
}

class FeedsStoreTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    store::Connection& c = lease->get();
    b_ = orgtest::make_bureau(c);
    zhang_ = orgtest::add_person(c, b_, "2001", "张三", b_.office, std::nullopt, b_.clerk_pos);
    li_ = orgtest::add_person(c, b_, "2002", "李四", b_.planning1, std::nullopt, b_.section_pos);
    using auth::Role;
    using auth::ScopeKind;
    shuji_ = testing::add_test_account(c, "shuji", {{Role::kDisciplineSecretary, ScopeKind::kUnit, {}}});
    jijian_ = testing::add_test_account(c, "jijian", {{Role::kDisciplineMember, ScopeKind::kUnit, {}}});
    // A discipline member whose scope is the planning department only.
    planning_member_ = testing::add_test_account(c, "ghjj", {{Role::kDisciplineMember, ScopeKind::kDepartment, b_.planning}});
    renshi_ = testing::add_test_account(c, "renshi", {{Role::kOrgHr, ScopeKind::kUnit, {}}});
    sysadmin_ = testing::add_test_account(c, "sysadmin", {{Role::kSysAdmin, ScopeKind::kUnit, {}}});
    zhigong_ = testing::add_test_account(c, "zhigong", {{Role::kStaff, ScopeKind::kSelf, {}}}, zhang_);
  }
  // A report row as the intake would store it (sealed parts are opaque bytes here).
  int64_t add_report(int seq, const std::string& status) {
    auto lease = db().acquire();
    auto id = lease->get().insert(
        "INSERT INTO reports (uid, register_number, number_year, number_seq, channel, real_name, status, "
        "received_date, matter_sealed, created_at, updated_at) VALUES (?, ?, 2026, ?, 'online', 0, ?, '2026-03-01', "
        "?, 0, 0) RETURNING id",
        {"uid-" + std::to_string(seq), "〔2026〕信访第" + std::to_string(seq) + "号", int64_t{seq}, status,
         store::Blob{"sealed"}});
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    return id.ok() ? *id : 0;
  }
  orgtest::Bureau b_;
  int64_t zhang_ = 0, li_ = 0;
  int64_t shuji_ = 0, jijian_ = 0, planning_member_ = 0, renshi_ = 0, sysadmin_ = 0, zhigong_ = 0;
};

TEST_P(FeedsStoreTest, PendingTalksGoToTheRecordersWhoseScopeHasThePerson) {
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  ASSERT_TRUE(org::record_position_event(c, zhang_, {"promote", std::nullopt, std::nullopt, "deputy_section",
                                                     "2026-03-01", ""}, std::nullopt, kNow).ok());
  ASSERT_TRUE(org::record_position_event(c, li_, {"promote", std::nullopt, std::nullopt, "deputy_section",
                                                  "2026-03-01", ""}, std::nullopt, kNow).ok());
  talks::TalkConfig cfg;
  cfg.pending_since = "2026-01-01";
  // 2026-03-15: due by 03-31, not overdue.
  auto due = talks::pending_talk_reminders(c, cfg, "2026-03-15", kNow);
  ASSERT_TRUE(due.ok()) << due.error().to_string();
  std::vector<messages::Reminder> zhang, li;
  for (const auto& r : *due) (r.object_id == std::to_string(zhang_) ? zhang : li).push_back(r);
  // 张三 (办公室): the unit-wide recorders only; 李四 (规划一科): the planning member too.
  EXPECT_EQ(recipients(zhang), (std::vector<int64_t>{shuji_, jijian_}));
  EXPECT_EQ(recipients(li), (std::vector<int64_t>{shuji_, jijian_, planning_member_}));
  ASSERT_FALSE(zhang.empty());
  EXPECT_EQ(zhang[0].kind, messages::MessageKind::kTodo);
  EXPECT_EQ(zhang[0].due_date, "2026-03-31");
  EXPECT_NE(zhang[0].title_zh.find("张三"), std::string::npos);
  // After the due day: overdue, a new event.
  auto late = talks::pending_talk_reminders(c, cfg, "2026-04-02", kNow);
  ASSERT_TRUE(late.ok());
  ASSERT_EQ(late->size(), 5u);
  EXPECT_EQ((*late)[0].kind, messages::MessageKind::kOverdue);
  EXPECT_NE((*late)[0].event_key, zhang[0].event_key);
}

TEST_P(FeedsStoreTest, NewReportsGoToTheSecretaryAndAssignedOnesToTheirHandlers) {
  const int64_t fresh = add_report(1, "received");
  const int64_t assigned = add_report(2, "under_review");
  const int64_t done = add_report(3, "closed");
  {
    auto lease = db().acquire();
    for (int64_t r : {assigned, done})
      ASSERT_TRUE(lease->get().execute("INSERT INTO report_assignments (report_id, account_id, assigned_at) VALUES "
                                       "(?, ?, 0)", {r, jijian_}).ok());
  }
  auto lease = db().acquire();
  auto triage = reports::triage_reminders(lease->get());
  ASSERT_TRUE(triage.ok()) << triage.error().to_string();
  ASSERT_EQ(triage->size(), 1u);
  EXPECT_EQ((*triage)[0].account_id, shuji_);
  EXPECT_EQ((*triage)[0].link, "/reports/" + std::to_string(fresh));
  EXPECT_NE((*triage)[0].title_zh.find("〔2026〕信访第1号"), std::string::npos);
  auto mine = reports::assignment_reminders(lease->get());
  ASSERT_TRUE(mine.ok()) << mine.error().to_string();
  ASSERT_EQ(mine->size(), 1u);  // the closed one asks nothing more
  EXPECT_EQ((*mine)[0].account_id, jijian_);
  EXPECT_EQ((*mine)[0].object_id, std::to_string(assigned));
}

TEST_P(FeedsStoreTest, AMissingCalendarYearGoesToTheCalendarMaintainers) {
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  ASSERT_TRUE(c.execute("DELETE FROM calendar_days").ok());
  calendar_store::CalendarConfig cfg;  // next year from November
  auto r = calendar_store::missing_year_reminders(c, cfg, *Date::parse("2027-11-02"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ(recipients(*r), (std::vector<int64_t>{sysadmin_, sysadmin_}));
  EXPECT_EQ((*r)[0].link, "/system/calendar?year=2027");
  EXPECT_EQ((*r)[1].link, "/system/calendar?year=2028");
  ASSERT_TRUE(c.execute("INSERT INTO calendar_days (cal_date, kind, holiday) VALUES ('2027-10-01', '休', '国庆节')").ok());
  r = calendar_store::missing_year_reminders(c, cfg, *Date::parse("2027-11-02"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].object_id, "2028");
}

INSTANTIATE_TEST_SUITE_P(Both, FeedsStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
