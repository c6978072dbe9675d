// The /duty API through a real `qingfeng serve` (both databases), per role: the Party
// and discipline secretaries see every task, a committee member only the overseen
// departments' (and a task out of reach answers exactly like an absent one), a
// department head its department's and reports their progress; staff and the three
// administrators are refused. Overseeing is set by the Party secretary or HR, never an
// administrator, and moves the member's reach at once. Lists: a new year from last
// year's, each list written by its own secretary. Deadlines remind the owner's
// department head through the message centre (due soon, then overdue). Bad input names
// the field and stores nothing; a bad [duty] setting stops the server.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>

#include "core/calendar.h"
#include "core/clock.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;
constexpr int64_t kDayMs = 24LL * 3600 * 1000;

class DutyHttpTest : public testing::ServedDatabaseTest {
 protected:
  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms());
    ServedDatabaseTest::SetUp();
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    member_ = orgtest::add_person(conn, b_, "1001", "班子成员甲", b_.office);
    head_ = orgtest::add_person(conn, b_, "1002", "规划处长", b_.planning);
    office_head_ = orgtest::add_person(conn, b_, "1003", "办公室主任", b_.office);
    const int64_t clerk = orgtest::add_person(conn, b_, "1004", "职工", b_.planning);
    ASSERT_TRUE(org::add_oversight(conn, member_, b_.planning, "2020-01-01").ok());
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person);
    };
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("jiwei", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("banzi", member_, {Role::kCommitteeMember, ScopeKind::kOverseen, {}});
    account("chuzhang", head_, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("bgszr", office_head_, {Role::kDeptHead, ScopeKind::kDepartment, b_.office});
    account("zhigong", clerk, {Role::kStaff, ScopeKind::kSelf, {}});
    account("renshi", std::nullopt, {Role::kOrgHr, ScopeKind::kUnit, {}});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  std::string day(int n) const { return today_.add_days(n).to_string(); }
  int64_t work_point() {
    auto r = as("dangwei").post_json("/api/v1/duty/work-points", {{"year", today_.year()}, {"title", "压实管党治党责任"}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"]["id"].get<int64_t>();
  }
  int64_t task(int64_t wp, const std::string& title, int64_t dept, std::optional<int64_t> person, int deadline_in) {
    json body{{"work_point_id", wp}, {"title", title}, {"owner_department_id", dept}, {"deadline_date", day(deadline_in)},
              {"milestones", json::array({{{"title", "制定方案"}, {"due_date", day(deadline_in - 1)}}})}};
    if (person) body["owner_person_id"] = *person;
    auto r = as("dangwei").post_json("/api/v1/duty/tasks", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"]["id"].get<int64_t>();
  }
  std::set<std::string> titles(const std::string& user, const std::string& query = "") {
    auto r = as(user).get("/api/v1/duty/tasks?page_size=200" + query);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::set<std::string> out;
    const json body = r.json();
    for (const auto& t : body["data"]) out.insert(t["title"].get<std::string>());
    return out;
  }
  std::vector<json> messages(const std::string& user) {
    auto r = as(user).get("/api/v1/messages?page_size=200&status=open");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<json> out;
    const json body = r.json();
    for (const auto& m : body["data"])
      if (m["source"] == "duty.deadline") out.push_back(m);
    return out;
  }
  void move_clock(int64_t offset_ms) {
    auto r = as("dangwei").post_json("/api/v1/test/clock", {{"offset_ms", offset_ms}});
    ASSERT_EQ(r.status, 200) << r.body;
    clients_.clear();
  }
  int64_t count(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->i64("n") : -1;
  }

  Date today_;
  orgtest::Bureau b_;
  int64_t member_ = 0, head_ = 0, office_head_ = 0;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(DutyHttpTest, EachRoleSeesTheTasksOfItsReach) {
  const int64_t wp = work_point();
  const int64_t planning = task(wp, "规划处任务", b_.planning, head_, 60);
  task(wp, "规划一科任务", b_.planning1, std::nullopt, 60);
  const int64_t office = task(wp, "办公室任务", b_.office, std::nullopt, 60);
  const std::set<std::string> all{"规划处任务", "规划一科任务", "办公室任务"};
  EXPECT_EQ(titles("dangwei"), all);
  EXPECT_EQ(titles("jiwei"), all);
  EXPECT_EQ(titles("banzi"), (std::set<std::string>{"规划处任务", "规划一科任务"}));
  EXPECT_EQ(titles("chuzhang"), (std::set<std::string>{"规划处任务", "规划一科任务"}));
  EXPECT_EQ(titles("bgszr"), (std::set<std::string>{"办公室任务"}));
  // Out of reach answers exactly like an absent task.
  auto hidden = as("banzi").get("/api/v1/duty/tasks/" + std::to_string(office));
  auto absent = as("banzi").get("/api/v1/duty/tasks/999999");
  ASSERT_EQ(hidden.status, 404) << hidden.body;
  EXPECT_EQ(hidden.body, absent.body);
  EXPECT_EQ(as("banzi").get("/api/v1/duty/tasks/" + std::to_string(planning)).status, 200);
  // The work point counts only what the caller sees.
  auto points = as("banzi").get("/api/v1/duty/work-points?year=" + std::to_string(today_.year()));
  ASSERT_EQ(points.status, 200) << points.body;
  EXPECT_EQ(points.json()["data"][0]["task_total"], 2);
  // Staff and the three administrators hold no duty permission.
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor", "renshi"}) {
    EXPECT_EQ(as(user).get("/api/v1/duty/tasks").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/duty/tasks/" + std::to_string(planning)).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/duty/lists").status, 403) << user;
  }
  for (const char* user : {"banzi", "chuzhang", "zhigong", "sysadmin"}) {
    auto r = as(user).post_json("/api/v1/duty/tasks", {{"work_point_id", wp}, {"title", "x"},
                                                       {"owner_department_id", b_.office}, {"deadline_date", day(3)}});
    EXPECT_EQ(r.status, 403) << user << ": " << r.body;
  }
  // A bad filter names itself.
  auto bad = as("dangwei").get("/api/v1/duty/tasks?state=late");
  ASSERT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "state");
}

TEST_P(DutyHttpTest, TheDepartmentHeadReportsProgressOthersCannot) {
  const int64_t wp = work_point();
  const int64_t planning = task(wp, "规划处任务", b_.planning, head_, 30);
  const std::string path = "/api/v1/duty/tasks/" + std::to_string(planning);
  auto detail = as("chuzhang").get(path);
  ASSERT_EQ(detail.status, 200) << detail.body;
  const json d = detail.json();
  EXPECT_TRUE(d["data"]["may_report"].get<bool>());
  const int64_t milestone = d["data"]["milestones"][0]["id"].get<int64_t>();
  // Bad input: named field, nothing stored.
  auto r = as("chuzhang").post_json(path + "/progress", {{"content", "进展"}, {"progress", 150}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "progress");
  r = as("chuzhang").post_json(path + "/progress", {{"content", ""}, {"progress", 10}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "content");
  EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
  EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  r = as("chuzhang").post_json(path + "/progress",
                               {{"content", "进展"}, {"progress", 10}, {"milestones_done", json::array({milestone + 99})}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "milestones_done[0]");
  r = as("chuzhang").post_json(path + "/progress", {{"content", "进展"}, {"progress", 10}, {"status", "paused"}});
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "status");
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_progress_reports"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_milestones WHERE done_date IS NOT NULL"), 0);
  // The committee member sees it but does not report; the office head does not see it.
  auto member = as("banzi").post_json(path + "/progress", {{"content", "进展"}, {"progress", 10}});
  ASSERT_EQ(member.status, 403) << member.body;
  EXPECT_EQ(member.json()["error"]["code"], "duty.task.not_owner");
  EXPECT_FALSE(as("banzi").get(path).json()["data"]["may_report"].get<bool>());
  EXPECT_EQ(as("bgszr").post_json(path + "/progress", {{"content", "进展"}, {"progress", 10}}).status, 404);
  EXPECT_EQ(as("sysadmin").post_json(path + "/progress", {{"content", "进展"}, {"progress", 10}}).status, 403);
  // The head reports: state, progress, milestone and history move together.
  r = as("chuzhang").post_json(path + "/progress", {{"content", "方案已印发，正在排查"},
                                                    {"progress", 45},
                                                    {"status", "in_progress"},
                                                    {"milestones_done", json::array({milestone})}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json after = r.json();
  EXPECT_EQ(after["data"]["state"], "in_progress");
  EXPECT_EQ(after["data"]["progress"], 45);
  EXPECT_EQ(after["data"]["milestones"][0]["done_date"], today_.to_string());
  ASSERT_EQ(after["data"]["progress_reports"].size(), 1u);
  EXPECT_EQ(after["data"]["progress_reports"][0]["content"], "方案已印发，正在排查");
  EXPECT_EQ(audit_count("duty.task.progress"), 1);
  // The committee member overseeing 规划处 sees the report.
  EXPECT_EQ(as("banzi").get(path).json()["data"]["progress"], 45);
}

TEST_P(DutyHttpTest, OversightIsSetByThePartySecretaryOrHrAndMovesTheReachAtOnce) {
  const int64_t wp = work_point();
  task(wp, "规划处任务", b_.planning, std::nullopt, 60);
  task(wp, "办公室任务", b_.office, std::nullopt, 60);
  EXPECT_EQ(titles("banzi"), (std::set<std::string>{"规划处任务"}));
  const std::string path = "/api/v1/duty/oversight/" + std::to_string(member_);
  // Administrators, committee members and department heads may not.
  for (const char* user : {"sysadmin", "secadmin", "auditor", "banzi", "chuzhang", "jiwei"}) {
    EXPECT_EQ(as(user).put_json(path, {{"department_ids", json::array({b_.office})}}).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/duty/oversight").status, 403) << user;
  }
  // Bad input: named, nothing changed.
  auto bad = as("renshi").put_json(path, {{"department_ids", json::array({b_.office, 999999})}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "department_ids");
  bad = as("renshi").put_json(path, {{"department_ids", "办公室"}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "department_ids");
  EXPECT_EQ(as("renshi").put_json("/api/v1/duty/oversight/999999", {{"department_ids", json::array()}}).status, 404);
  EXPECT_EQ(titles("banzi"), (std::set<std::string>{"规划处任务"}));
  // HR moves the member to 办公室: the member's reach follows on the next request.
  auto ok = as("renshi").put_json(path, {{"department_ids", json::array({b_.office})}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  bool listed = false;
  const json rows = ok.json();
  for (const auto& row : rows["data"]) {
    if (row["person_id"] != member_) continue;
    listed = true;
    ASSERT_EQ(row["departments"].size(), 1u);
    EXPECT_EQ(row["departments"][0]["name"], "办公室");
  }
  EXPECT_TRUE(listed);
  EXPECT_EQ(titles("banzi"), (std::set<std::string>{"办公室任务"}));
  EXPECT_EQ(audit_count("duty.oversight.set"), 1);
  // The Party secretary may too.
  ASSERT_EQ(as("dangwei").put_json(path, {{"department_ids", json::array({b_.office, b_.planning})}}).status, 200);
  EXPECT_EQ(titles("banzi").size(), 2u);
}

TEST_P(DutyHttpTest, ANewYearStartsFromLastYearsListsEachWrittenByItsSecretary) {
  const int y = today_.year();
  auto add = [&](const std::string& user, json body) { return as(user).post_json("/api/v1/duty/lists", body); };
  ASSERT_EQ(add("dangwei", {{"year", y - 1}, {"kind", "primary"}, {"content", "主体责任"}}).status, 200);
  ASSERT_EQ(add("jiwei", {{"year", y - 1}, {"kind", "supervisory"}, {"content", "监督责任"}}).status, 200);
  ASSERT_EQ(add("dangwei", {{"year", y - 1}, {"kind", "dual"}, {"person_id", member_}, {"content", "一岗双责"}}).status, 200);
  // Each list is its own committee's.
  auto r = add("jiwei", {{"year", y - 1}, {"kind", "primary"}, {"content", "越权"}});
  ASSERT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(r.json()["error"]["code"], "duty.list.not_yours");
  EXPECT_EQ(add("dangwei", {{"year", y - 1}, {"kind", "supervisory"}, {"content", "越权"}}).status, 403);
  EXPECT_EQ(add("banzi", {{"year", y - 1}, {"kind", "primary"}, {"content", "越权"}}).status, 403);
  r = add("dangwei", {{"year", y - 1}, {"kind", "joint"}, {"content", "x"}});
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "kind");
  r = add("dangwei", {{"year", "今年"}, {"kind", "primary"}, {"content", "x"}});
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "year");

  EXPECT_EQ(as("jiwei").post_json("/api/v1/duty/lists/copy-previous", {{"year", y}}).status, 403);
  auto copy = as("dangwei").post_json("/api/v1/duty/lists/copy-previous", {{"year", y}});
  ASSERT_EQ(copy.status, 200) << copy.body;
  EXPECT_EQ(copy.json()["data"]["copied"], 3);
  auto again = as("dangwei").post_json("/api/v1/duty/lists/copy-previous", {{"year", y}});
  ASSERT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.json()["error"]["code"], "duty.list.year_not_empty");

  // Changing this year's item leaves last year's as it was.
  auto now_list = as("dangwei").get("/api/v1/duty/lists?kind=primary&year=" + std::to_string(y));
  ASSERT_EQ(now_list.status, 200);
  const int64_t id = now_list.json()["data"][0]["id"].get<int64_t>();
  ASSERT_EQ(as("dangwei").put_json("/api/v1/duty/lists/" + std::to_string(id), {{"content", "主体责任（修订）"}}).status, 200);
  EXPECT_EQ(as("dangwei").get("/api/v1/duty/lists?kind=primary&year=" + std::to_string(y - 1)).json()["data"][0]["content"],
            "主体责任");
  EXPECT_EQ(as("dangwei").get("/api/v1/duty/lists?kind=primary&year=" + std::to_string(y)).json()["data"][0]["content"],
            "主体责任（修订）");
  // The dual-duty list is the member's own: a department head sees the other two only.
  auto mine = as("banzi").get("/api/v1/duty/lists?year=" + std::to_string(y));
  ASSERT_EQ(mine.status, 200);
  EXPECT_EQ(mine.json()["data"].size(), 3u);
  auto head = as("chuzhang").get("/api/v1/duty/lists?year=" + std::to_string(y));
  ASSERT_EQ(head.status, 200);
  const json head_items = head.json();
  EXPECT_EQ(head_items["data"].size(), 2u);
  for (const auto& i : head_items["data"]) EXPECT_NE(i["kind"], "dual");
}

TEST_P(DutyHttpTest, DeadlinesRemindTheOwnerDepartmentsHeadDueSoonThenOverdue) {
  const int64_t wp = work_point();
  const int64_t id = task(wp, "规划处任务", b_.planning, std::nullopt, 5);
  task(wp, "远期任务", b_.planning, std::nullopt, 200);
  auto mine = messages("chuzhang");
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["kind"], "due_soon");
  EXPECT_EQ(mine[0]["link"], "/duty/tasks/" + std::to_string(id));
  EXPECT_EQ(mine[0]["due_date"], day(5));
  EXPECT_NE(mine[0]["title_zh"].get<std::string>().find("规划处任务"), std::string::npos);
  // Nobody else: not the office's head, the overseer, the secretaries or administrators.
  for (const char* user : {"bgszr", "banzi", "dangwei", "jiwei", "zhigong", "sysadmin"})
    EXPECT_TRUE(messages(user).empty()) << user;
  // Ten days on: overdue replaces due soon.
  move_clock(10 * kDayMs);
  mine = messages("chuzhang");
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["kind"], "overdue");
  auto listed = as("chuzhang").get("/api/v1/duty/tasks?state=overdue");
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.json()["meta"]["total"], 1);
  // Reported done: the reminder resolves.
  auto done = as("chuzhang").post_json("/api/v1/duty/tasks/" + std::to_string(id) + "/progress",
                                       {{"content", "已完成"}, {"progress", 100}, {"status", "done"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_TRUE(messages("chuzhang").empty());
}

TEST_P(DutyHttpTest, PlannersChangeAndArchiveTasksAndWorkPointsWithAnAuditEntry) {
  const int64_t wp = work_point();
  const int64_t id = task(wp, "规划处任务", b_.planning, head_, 60);  // its milestone is due a day before
  const std::string path = "/api/v1/duty/tasks/" + std::to_string(id);
  json move{{"owner_department_id", b_.office}, {"owner_person_id", nullptr}, {"deadline_date", day(70)}};
  for (const char* user : {"chuzhang", "banzi", "zhigong", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).put_json(path, move).status, 403) << user;
    EXPECT_EQ(as(user).post_json(path + "/archive", {{"reason", "x"}}).status, 403) << user;
  }
  // A deadline before a milestone names the field and changes nothing.
  auto early = as("dangwei").put_json(path, {{"owner_department_id", b_.office}, {"deadline_date", day(30)}});
  ASSERT_EQ(early.status, 400) << early.body;
  EXPECT_EQ(early.json()["error"]["field"], "deadline_date");
  auto unknown = as("dangwei").put_json(path, {{"owner_department_id", 999999}});
  ASSERT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json()["error"]["field"], "owner_department_id");
  EXPECT_EQ(as("dangwei").get(path).json()["data"]["department_name"], "规划处");
  // The owner moves to 办公室: 规划处's head no longer sees it, 办公室's does.
  auto moved = as("dangwei").put_json(path, move);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["data"]["department_name"], "办公室");
  EXPECT_EQ(moved.json()["data"]["deadline_date"], day(70));
  EXPECT_TRUE(moved.json()["data"]["owner_person_id"].is_null());
  auto gone = as("chuzhang").get(path);
  EXPECT_EQ(gone.status, 404);
  EXPECT_EQ(gone.body, as("chuzhang").get("/api/v1/duty/tasks/999999").body);
  EXPECT_EQ(as("bgszr").get(path).status, 200);
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'duty.task.update' AND success = 1 AND summary LIKE '%规划处→办公室%'"), 1);
  // Archiving: a reason is required; a work point goes only after its tasks.
  auto no_reason = as("jiwei").post_json(path + "/archive", {{"reason", " "}});
  ASSERT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  const std::string point = "/api/v1/duty/work-points/" + std::to_string(wp);
  auto busy = as("dangwei").post_json(point + "/archive", {{"reason", "并入其他要点"}});
  EXPECT_EQ(busy.status, 409) << busy.body;
  ASSERT_EQ(as("jiwei").post_json(path + "/archive", {{"reason", "重复部署"}}).status, 200);
  EXPECT_EQ(as("dangwei").get(path).status, 404);
  EXPECT_TRUE(titles("dangwei").empty());
  auto renamed = as("dangwei").put_json(point, {{"title", "压紧压实管党治党政治责任"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  ASSERT_EQ(as("dangwei").post_json(point + "/archive", {{"reason", "并入其他要点"}}).status, 200);
  auto points = as("dangwei").get("/api/v1/duty/work-points?year=" + std::to_string(today_.year()));
  EXPECT_TRUE(points.json()["data"].empty()) << points.body;
  EXPECT_EQ(as("dangwei").put_json(point, {{"title", "x"}}).status, 404);
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM audit_log WHERE action IN ('duty.task.archive', 'duty.work_point.archive', 'duty.work_point.update') AND success = 1"), 3);
}

INSTANTIATE_TEST_SUITE_P(Both, DutyHttpTest, testing::AllDatabases(), testing::DatabaseName);

class DutyConfigTest : public testing::DatabaseTest {};

TEST_P(DutyConfigTest, ABadReminderSettingStopsTheServerNamingIt) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string text = testing::refused_start_text(url(), "[duty]\nremind_days_before = [30, 0]\n");
  EXPECT_NE(text.find("duty.remind_days_before"), std::string::npos) << text;
  EXPECT_NE(text.find("qingfeng.toml:2"), std::string::npos) << text;
  const std::string unknown = testing::refused_start_text(url(), "[duty]\nremind_days = 5\n");
  EXPECT_NE(unknown.find("duty.remind_days"), std::string::npos) << unknown;
}

INSTANTIATE_TEST_SUITE_P(Both, DutyConfigTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
