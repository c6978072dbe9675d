// The year-end assessment (考核) and the committee's meetings through a real `qingfeng
// serve` (both databases): the template's weights must sum to 100 (a refused save
// names the field and stores nothing), a new year starts from last year's template, the
// discipline committee scores, totals are weighted and ranked (ties share a rank), each
// role sees the departments of its reach (committee member: overseen; department head:
// own; staff, HR and the three administrators: nothing), the export is the ledger
// layout with the 平均 row, the chain links a work point to its tasks and scores, and a
// meeting decision becomes a task in one step with the link kept both ways.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>

#include "core/calendar.h"
#include "core/clock.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

class DutyAssessmentHttpTest : public testing::ServedDatabaseTest {
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
    const int64_t inspector = orgtest::add_person(conn, b_, "1005", "纪检干部", b_.office);
    ASSERT_TRUE(org::add_oversight(conn, member_, b_.planning, "2020-01-01").ok());
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person);
    };
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("jiwei", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", inspector, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
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
  int64_t count(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->i64("n") : -1;
  }
  int64_t work_point(int year, const std::string& title) {
    auto r = as("dangwei").post_json("/api/v1/duty/work-points", {{"year", year}, {"title", title}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"]["id"].get<int64_t>();
  }
  static json item(const std::string& title, int weight, std::optional<int64_t> point = std::nullopt) {
    json j{{"title", title}, {"weight", weight}, {"scoring_rule", "按期完成得满分，逾期一项扣 5 分"}};
    if (point) j["work_point_id"] = *point;
    return j;
  }
  // Saves a template of two items (60/40) for `year`; returns their ids.
  std::pair<int64_t, int64_t> template_60_40(int year, std::optional<int64_t> point = std::nullopt) {
    auto r = as("jiwei").put_json("/api/v1/duty/assessment/template",
                                  {{"year", year}, {"items", json::array({item("落实主体责任", 60, point), item("廉政风险防控", 40)})}});
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = r.json();
    return {body["data"]["items"][0]["id"].get<int64_t>(), body["data"]["items"][1]["id"].get<int64_t>()};
  }
  testing::HttpResponse score(const std::string& user, int year, int64_t dept, const json& scores) {
    return as(user).put_json("/api/v1/duty/assessment/scores",
                             {{"year", year}, {"department_id", dept}, {"scores", scores}});
  }
  json assessment(const std::string& user, int year) {
    auto r = as(user).get("/api/v1/duty/assessment?year=" + std::to_string(year));
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    return r.json()["data"];
  }
  // department name → {total_text, rank}
  std::map<std::string, std::pair<std::string, json>> ranking(const std::string& user, int year) {
    std::map<std::string, std::pair<std::string, json>> out;
    const json a = assessment(user, year);
    for (const auto& r : a["rows"])
      out[r["department_name"].get<std::string>()] = {r["total_text"].get<std::string>(), r["rank"]};
    return out;
  }

  Date today_;
  orgtest::Bureau b_;
  int64_t member_ = 0, head_ = 0, office_head_ = 0;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(DutyAssessmentHttpTest, TheTemplatesWeightsMustSumTo100AndARefusedSaveStoresNothing) {
  const int year = today_.year();
  const std::string path = "/api/v1/duty/assessment/template";
  auto bad_sum = as("jiwei").put_json(path, {{"year", year}, {"items", json::array({item("甲", 60), item("乙", 30)})}});
  ASSERT_EQ(bad_sum.status, 400) << bad_sum.body;
  EXPECT_EQ(bad_sum.json()["error"]["field"], "weight");
  EXPECT_NE(bad_sum.json()["error"]["message_zh"].get<std::string>().find("现为 90"), std::string::npos) << bad_sum.body;
  EXPECT_NE(bad_sum.json()["error"]["message_en"].get<std::string>().find("sum to 90"), std::string::npos) << bad_sum.body;
  auto zero = as("jiwei").put_json(path, {{"year", year}, {"items", json::array({item("甲", 100), item("乙", 0)})}});
  ASSERT_EQ(zero.status, 400);
  EXPECT_EQ(zero.json()["error"]["field"], "items[1].weight");
  json no_rule = item("甲", 100);
  no_rule["scoring_rule"] = " ";
  auto rule = as("jiwei").put_json(path, {{"year", year}, {"items", json::array({no_rule})}});
  ASSERT_EQ(rule.status, 400);
  EXPECT_EQ(rule.json()["error"]["field"], "items[0].scoring_rule");
  const int64_t old_point = work_point(year - 1, "去年的工作要点");
  auto point = as("jiwei").put_json(path, {{"year", year}, {"items", json::array({item("甲", 100, old_point)})}});
  ASSERT_EQ(point.status, 400);
  EXPECT_EQ(point.json()["error"]["field"], "items[0].work_point_id");
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_assess_items"), 0);

  // Who may set it: the two secretaries; not the scorers, the readers or administrators.
  for (const char* user : {"jijian", "banzi", "chuzhang", "zhigong", "renshi", "sysadmin", "secadmin", "auditor"}) {
    auto r = as(user).put_json(path, {{"year", year}, {"items", json::array({item("甲", 100)})}});
    EXPECT_EQ(r.status, 403) << user;
  }
  auto [a, b] = template_60_40(year);
  // Re-weighted and one removed in one save: the removed one is archived.
  auto changed = as("dangwei").put_json(path, {{"year", year}, {"items", json::array({json{{"id", b}, {"title", "廉政风险防控"}, {"weight", 100}, {"scoring_rule", "全覆盖"}}})}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const json items = changed.json()["data"]["items"];
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["id"], b);
  EXPECT_EQ(items[0]["weight"], 100);
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_assess_items WHERE archived_at IS NOT NULL"), 1);
  // An id of another year's (or a removed) item is refused by field.
  auto stale = as("jiwei").put_json(path, {{"year", year}, {"items", json::array({json{{"id", a}, {"title", "x"}, {"weight", 100}, {"scoring_rule", "y"}}})}});
  ASSERT_EQ(stale.status, 400);
  EXPECT_EQ(stale.json()["error"]["field"], "items[0].id");
}

TEST_P(DutyAssessmentHttpTest, ANewYearStartsFromLastYearsTemplate) {
  const int year = today_.year();
  const int64_t last_point = work_point(year - 1, "压实管党治党责任");
  const int64_t this_point = work_point(year, "压实管党治党责任");
  auto [a, b] = template_60_40(year - 1, last_point);
  (void)b;
  // Not for a reader or administrator.
  for (const char* user : {"banzi", "jijian", "sysadmin"})
    EXPECT_EQ(as(user).post_json("/api/v1/duty/assessment/copy-previous", {{"year", year}}).status, 403) << user;
  auto copy = as("dangwei").post_json("/api/v1/duty/assessment/copy-previous", {{"year", year}});
  ASSERT_EQ(copy.status, 200) << copy.body;
  EXPECT_EQ(copy.json()["data"]["copied"], 2);
  json now = assessment("dangwei", year);
  ASSERT_EQ(now["items"].size(), 2u);
  EXPECT_EQ(now["items"][0]["copied_from_id"], a);
  EXPECT_EQ(now["items"][0]["weight"], 60);
  // The item's work point becomes this year's of the same title.
  EXPECT_EQ(now["items"][0]["work_point_id"], this_point);
  EXPECT_TRUE(now["items"][1]["work_point_id"].is_null());
  auto again = as("dangwei").post_json("/api/v1/duty/assessment/copy-previous", {{"year", year}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json()["error"]["code"], "duty.assess.year_not_empty");
  auto nothing = as("dangwei").post_json("/api/v1/duty/assessment/copy-previous", {{"year", year + 5}});
  ASSERT_EQ(nothing.status, 400);
  EXPECT_EQ(nothing.json()["error"]["field"], "year");
  // Changing this year's never touches last year's.
  const int64_t copied = now["items"][0]["id"].get<int64_t>();
  auto edit = as("jiwei").put_json("/api/v1/duty/assessment/template",
                                   {{"year", year}, {"items", json::array({json{{"id", copied}, {"title", "新名称"}, {"weight", 100}, {"scoring_rule", "r"}}})}});
  ASSERT_EQ(edit.status, 200) << edit.body;
  json last = assessment("dangwei", year - 1);
  ASSERT_EQ(last["items"].size(), 2u);
  EXPECT_EQ(last["items"][0]["title"], "落实主体责任");
  EXPECT_EQ(last["items"][0]["weight"], 60);
  EXPECT_EQ(assessment("dangwei", year)["previous_year_items"], 2);
}

TEST_P(DutyAssessmentHttpTest, TheDisciplineCommitteeScoresAndEachRoleSeesTheRankingOfItsReach) {
  const int year = today_.year();
  auto [a, b] = template_60_40(year);
  // Bad scores name the field and store nothing.
  auto over = score("jijian", year, b_.planning, json::array({{{"item_id", a}, {"score", 90}}, {{"item_id", b}, {"score", 100.5}}}));
  ASSERT_EQ(over.status, 400) << over.body;
  EXPECT_EQ(over.json()["error"]["field"], "scores[1].score");
  auto two_decimals = score("jijian", year, b_.planning, json::array({{{"item_id", a}, {"score", 85.55}}}));
  ASSERT_EQ(two_decimals.status, 400);
  EXPECT_EQ(two_decimals.json()["error"]["field"], "scores[0].score");
  auto unknown = score("jijian", year, b_.planning, json::array({{{"item_id", a}, {"score", 90}}, {{"item_id", 99999}, {"score", 80}}}));
  ASSERT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json()["error"]["field"], "scores[1].item_id");
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_assess_scores"), 0);
  // Only first-level departments are assessed: a section answers like an absent one.
  auto section = score("jijian", year, b_.planning1, json::array({{{"item_id", a}, {"score", 90}}}));
  auto absent = score("jijian", year, 999999, json::array({{{"item_id", a}, {"score", 90}}}));
  ASSERT_EQ(section.status, 404) << section.body;
  EXPECT_EQ(section.body, absent.body);
  // The scorers are the discipline committee's; the Party secretary and a head only read.
  for (const char* user : {"dangwei", "chuzhang", "banzi", "zhigong", "sysadmin", "secadmin", "auditor"})
    EXPECT_EQ(score(user, year, b_.planning, json::array({{{"item_id", a}, {"score", 90}}})).status, 403) << user;

  // 规划处 90/80 → 86.00; 办公室 95/70 → 85.00.
  ASSERT_EQ(score("jijian", year, b_.planning, json::array({{{"item_id", a}, {"score", 90}, {"comment", "分解到位"}}, {{"item_id", b}, {"score", 80}}})).status, 200);
  auto office = score("jiwei", year, b_.office, json::array({{{"item_id", a}, {"score", 95}}, {{"item_id", b}, {"score", 70}}}));
  ASSERT_EQ(office.status, 200) << office.body;
  auto all = ranking("dangwei", year);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all["规划处"].first, "86.00");
  EXPECT_EQ(all["规划处"].second, 1);
  EXPECT_EQ(all["办公室"].first, "85.00");
  EXPECT_EQ(all["办公室"].second, 2);
  const json full = assessment("jijian", year);
  EXPECT_EQ(full["rows"][0]["department_name"], "规划处");  // ranked first
  EXPECT_EQ(full["rows"][0]["scores"][std::to_string(a)]["comment"], "分解到位");
  EXPECT_EQ(full["rows"][0]["scores"][std::to_string(a)]["score"], 90.0);
  EXPECT_TRUE(full["may_score"].get<bool>());
  EXPECT_FALSE(assessment("dangwei", year)["may_score"].get<bool>());

  // A committee member sees the overseen department, a head the own; the rank is the bureau's.
  auto member = ranking("banzi", year);
  ASSERT_EQ(member.size(), 1u);
  EXPECT_EQ(member["规划处"].second, 1);
  auto head = ranking("bgszr", year);
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head["办公室"].second, 2);
  EXPECT_EQ(ranking("chuzhang", year).count("办公室"), 0u);
  for (const char* user : {"zhigong", "renshi", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get("/api/v1/duty/assessment").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/duty/assessment/export").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/duty/assessment/chain").status, 403) << user;
  }

  // A new score replaces the old one; equal totals share the rank (1, 1).
  ASSERT_EQ(score("jiwei", year, b_.office, json::array({{{"item_id", b}, {"score", 72.5}}})).status, 200);
  all = ranking("jiwei", year);
  EXPECT_EQ(all["办公室"].first, "86.00");
  EXPECT_EQ(all["办公室"].second, 1);
  EXPECT_EQ(all["规划处"].second, 1);
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_assess_scores"), 4);

  // The export: the ledger layout, one row per department in reach, the 平均 row, the 合计 line.
  auto x = as("jiwei").get("/api/v1/duty/assessment/export?year=" + std::to_string(year));
  ASSERT_EQ(x.status, 200) << x.body;
  auto rows = spreadsheet::read_xlsx_rows(x.body, "考核.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 7u);  // title, subtitle, header, 2 departments, 平均, 合计
  EXPECT_NE((*rows)[0].cells[0].find("年度党风廉政建设责任制考核评分表"), std::string::npos) << (*rows)[0].cells[0];
  const auto& header = (*rows)[2].cells;
  ASSERT_GE(header.size(), 6u);
  EXPECT_EQ(header[0], "序号");
  EXPECT_EQ(header[2], "落实主体责任（权重 60）");
  EXPECT_EQ(header[4], "加权总分");
  EXPECT_EQ((*rows)[3].cells[0], "1");
  EXPECT_EQ((*rows)[3].cells[4], "86");
  EXPECT_EQ((*rows)[5].cells[1], "平均");
  EXPECT_EQ((*rows)[5].cells[2], "92.5");   // (90 + 95) / 2
  EXPECT_EQ((*rows)[5].cells[3], "76.3");   // (80 + 72.5) / 2, to one decimal
  EXPECT_EQ((*rows)[5].cells[4], "86");
  EXPECT_NE((*rows)[6].cells[0].find("合计 2 个部门"), std::string::npos) << (*rows)[6].cells[0];
  // A committee member's export holds the overseen department only.
  auto mine = as("banzi").get("/api/v1/duty/assessment/export?year=" + std::to_string(year));
  ASSERT_EQ(mine.status, 200);
  auto member_rows = spreadsheet::read_xlsx_rows(mine.body, "考核.xlsx");
  ASSERT_TRUE(member_rows.ok());
  ASSERT_EQ(member_rows->size(), 6u);
  EXPECT_EQ((*member_rows)[3].cells[1], "规划处");
}

TEST_P(DutyAssessmentHttpTest, TheChainLinksAWorkPointToItsTasksAndTheScoresThatAssessIt) {
  const int year = today_.year();
  const int64_t point = work_point(year, "深化廉政风险防控");
  auto task = as("dangwei").post_json("/api/v1/duty/tasks", {{"work_point_id", point}, {"title", "规划处风险排查"},
                                                             {"owner_department_id", b_.planning},
                                                             {"deadline_date", today_.add_days(30).to_string()}});
  ASSERT_EQ(task.status, 200) << task.body;
  auto [a, b] = template_60_40(year, point);
  (void)b;
  ASSERT_EQ(score("jiwei", year, b_.planning, json::array({{{"item_id", a}, {"score", 88}}})).status, 200);
  ASSERT_EQ(score("jiwei", year, b_.office, json::array({{{"item_id", a}, {"score", 91}}})).status, 200);
  auto chain_of = [&](const std::string& user) {
    auto r = as(user).get("/api/v1/duty/assessment/chain?year=" + std::to_string(year));
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    const json body = r.json();
    for (const auto& p : body["data"]["work_points"])
      if (p["id"] == point) return json{{"visible", body["data"]["tasks_visible"]}, {"point", p}};
    return json();
  };
  const json party = chain_of("dangwei");
  ASSERT_FALSE(party.is_null());
  ASSERT_EQ(party["point"]["tasks"].size(), 1u);
  EXPECT_EQ(party["point"]["tasks"][0]["title"], "规划处风险排查");
  ASSERT_EQ(party["point"]["items"].size(), 1u);
  EXPECT_EQ(party["point"]["items"][0]["title"], "落实主体责任");
  EXPECT_EQ(party["point"]["items"][0]["scores"].size(), 2u);
  // The office's head sees neither 规划处's task nor its score.
  const json office = chain_of("bgszr");
  EXPECT_TRUE(office["point"]["tasks"].empty());
  ASSERT_EQ(office["point"]["items"][0]["scores"].size(), 1u);
  EXPECT_EQ(office["point"]["items"][0]["scores"][0]["department_name"], "办公室");
  // A discipline member (no duty.read) sees the scores but not the tasks.
  const json inspector = chain_of("jijian");
  EXPECT_FALSE(inspector["visible"].get<bool>());
  EXPECT_TRUE(inspector["point"]["tasks"].empty());
  EXPECT_EQ(inspector["point"]["items"][0]["scores"].size(), 2u);
}

TEST_P(DutyAssessmentHttpTest, AMeetingDecisionBecomesATaskInOneStepWithTheLinkKept) {
  const int year = today_.year();
  const int64_t point = work_point(year, "加强重点领域监督");
  const std::string date = today_.add_days(-3).to_string();
  json meeting{{"kind", "report_hearing"}, {"meeting_date", date}, {"title", "党委会听取纪委工作汇报"},
               {"minutes", "会议听取了纪委工作汇报。"}, {"attendee_ids", json::array({member_, head_})},
               {"decisions", json::array({"规划处开展审批岗位风险复核", "各部门开展负面清单自查"})}};
  // Bad input names the field and stores nothing.
  for (const auto& [key, value, field] : std::vector<std::tuple<std::string, json, std::string>>{
           {"kind", "party_meeting", "kind"},
           {"meeting_date", "2026-02-30", "meeting_date"},
           {"minutes", "  ", "minutes"},
           {"attendee_ids", json::array({member_, 999999}), "attendee_ids[1]"},
           {"decisions", json::array({"甲", ""}), "decisions[1]"}}) {
    json bad = meeting;
    bad[key] = value;
    auto r = as("dangwei").post_json("/api/v1/duty/meetings", bad);
    ASSERT_EQ(r.status, 400) << key << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  }
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_meetings"), 0);
  for (const char* user : {"banzi", "jijian", "chuzhang", "sysadmin"})
    EXPECT_EQ(as(user).post_json("/api/v1/duty/meetings", meeting).status, 403) << user;
  auto made = as("dangwei").post_json("/api/v1/duty/meetings", meeting);
  ASSERT_EQ(made.status, 200) << made.body;
  const json m = made.json()["data"];
  const int64_t id = m["id"].get<int64_t>();
  ASSERT_EQ(m["decisions"].size(), 2u);
  EXPECT_EQ(m["attendees"].size(), 2u);
  const int64_t decision = m["decisions"][0]["id"].get<int64_t>();
  const std::string to_task = "/api/v1/duty/meetings/" + std::to_string(id) + "/decisions/" + std::to_string(decision) + "/task";
  json task{{"work_point_id", point}, {"owner_department_id", b_.planning}, {"deadline_date", today_.add_days(60).to_string()}};

  // A bad deadline stores no task and keeps the decision open.
  json bad = task;
  bad["deadline_date"] = "next month";
  auto refused = as("jiwei").post_json(to_task, bad);
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.json()["error"]["field"], "deadline_date");
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_tasks"), 0);
  EXPECT_EQ(as("banzi").post_json(to_task, task).status, 403);
  EXPECT_EQ(as("sysadmin").post_json(to_task, task).status, 403);
  // Another meeting's decision id answers like an absent one.
  auto wrong = as("jiwei").post_json("/api/v1/duty/meetings/999999/decisions/" + std::to_string(decision) + "/task", task);
  EXPECT_EQ(wrong.status, 404);

  auto done = as("jiwei").post_json(to_task, task);
  ASSERT_EQ(done.status, 200) << done.body;
  const int64_t task_id = done.json()["data"]["task_id"].get<int64_t>();
  EXPECT_EQ(done.json()["data"]["decisions"][0]["task_id"], task_id);
  EXPECT_EQ(done.json()["data"]["decisions"][0]["task"]["title"], "规划处开展审批岗位风险复核");
  EXPECT_EQ(done.json()["data"]["decision_tasks"], 1);
  // The task names its source; its owner department's head sees it.
  auto t = as("chuzhang").get("/api/v1/duty/tasks/" + std::to_string(task_id));
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_EQ(t.json()["data"]["source"]["meeting_id"], id);
  EXPECT_EQ(t.json()["data"]["source"]["decision_id"], decision);
  EXPECT_EQ(t.json()["data"]["source"]["kind"], "report_hearing");
  EXPECT_EQ(t.json()["data"]["title"], "规划处开展审批岗位风险复核");
  // Once only.
  auto twice = as("dangwei").post_json(to_task, task);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(count("SELECT COUNT(*) AS n FROM duty_tasks"), 1);

  // Read by the committee: the member overseeing 规划处 sees the task behind the decision;
  // department heads, staff and the three administrators do not read meetings.
  auto seen = as("banzi").get("/api/v1/duty/meetings/" + std::to_string(id));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json()["data"]["decisions"][0]["task"]["id"], task_id);
  EXPECT_FALSE(seen.json()["data"]["may_manage"].get<bool>());
  auto listed = as("banzi").get("/api/v1/duty/meetings?year=" + std::to_string(today_.add_days(-3).year()));
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(listed.json()["data"].size(), 1u);
  EXPECT_EQ(listed.json()["data"][0]["decision_total"], 2);
  for (const char* user : {"chuzhang", "jijian", "zhigong", "renshi", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get("/api/v1/duty/meetings").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/duty/meetings/" + std::to_string(id)).status, 403) << user;
  }
  // A decision added later.
  auto added = as("dangwei").post_json("/api/v1/duty/meetings/" + std::to_string(id) + "/decisions", {{"content", "局纪委组织警示教育"}});
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_EQ(added.json()["data"]["decisions"].size(), 3u);
  auto absent = as("dangwei").get("/api/v1/duty/meetings/999999");
  EXPECT_EQ(absent.status, 404);
}

INSTANTIATE_TEST_SUITE_P(Both, DutyAssessmentHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
