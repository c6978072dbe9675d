// Special checks and the rectification ledger through a real `qingfeng serve` (both
// databases): the ledger's state machine with its refusals (wrong role, wrong state,
// missing texts — each bilingual, nothing stored), what each role sees (department
// head: own department; committee member: overseen ones; Party secretary and the
// discipline committee: all; staff and the three administrators: nothing), the
// message centre's due-soon / overdue / to-verify reminders, and the XLSX ledger.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "core/calendar.h"
#include "core/clock.h"
#include "domain/inspections/ledger_export.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;
constexpr int64_t kDayMs = 24LL * 3600 * 1000;

class InspectionsHttpTest : public testing::ServedDatabaseTest {
 protected:
  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms());
    ServedDatabaseTest::SetUp();
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    const int64_t ghc_head = orgtest::add_person(conn, b_, "3001", "规划处长", b_.planning);
    const int64_t office_head = orgtest::add_person(conn, b_, "3002", "办公室主任", b_.office);
    const int64_t deputy = orgtest::add_person(conn, b_, "3003", "分管副局长", b_.office);
    const int64_t clerk = orgtest::add_person(conn, b_, "3004", "职工甲", b_.planning);
    MUST(org::add_oversight(conn, deputy, b_.planning, "2024-01-01"));
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person, "显示" + user);
    };
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("chuzhang", ghc_head, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("bgszr", office_head, {Role::kDeptHead, ScopeKind::kDepartment, b_.office});
    account("banzi", deputy, {Role::kCommitteeMember, ScopeKind::kOverseen, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("zhigong", clerk, {Role::kStaff, ScopeKind::kSelf, {}});
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
  // A check planned by the secretary over `departments`, with two checklist points.
  json make_check(std::vector<int64_t> departments, const std::string& kind = "conduct_year") {
    json body{{"kind", kind},
              {"title", "作风建设年专项检查"},
              {"plan", "查阅资料、个别谈话"},
              {"start_date", day(-10)},
              {"end_date", day(20)},
              {"department_ids", departments},
              {"checklist", json::array({"是否存在办事拖沓问题", "会议费支出是否合规"})}};
    auto r = as("shuji").post_json("/api/v1/inspections/checks", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
  json make_item(int64_t check, int64_t department, int deadline_in_days,
                 const std::string& finding = "会议费报销附件不全") {
    auto r = as("shuji").post_json("/api/v1/inspections/checks/" + std::to_string(check) + "/items",
                                   {{"finding", finding},
                                    {"owner_department_id", department},
                                    {"measures", "补齐附件"},
                                    {"deadline", day(deadline_in_days)}});
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
  testing::HttpResponse act(const std::string& user, int64_t item, json body) {
    return as(user).post_json("/api/v1/inspections/items/" + std::to_string(item) + "/actions", body);
  }
  json act_ok(const std::string& user, int64_t item, json body) {
    auto r = act(user, item, body);
    EXPECT_EQ(r.status, 200) << user << " " << body.dump() << ": " << r.body;
    return r.json()["data"];
  }
  int64_t total(const std::string& user, const std::string& path) {
    auto r = as(user).get(path);
    EXPECT_EQ(r.status, 200) << user << " " << path << ": " << r.body;
    return r.json()["meta"]["total"].get<int64_t>();
  }
  int64_t stored(const std::string& table) {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT COUNT(*) AS n FROM " + table);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->i64("n") : -1;
  }
  std::vector<json> messages(const std::string& user, const std::string& status = "open") {
    auto r = as(user).get("/api/v1/messages?page_size=200&status=" + status);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::vector<json> out;
    const json body = r.json();
    for (const auto& m : body["data"])
      if (m["source"] == "inspections.rectification") out.push_back(m);
    return out;
  }
  void move_clock(int64_t offset_ms) {
    auto r = as("shuji").post_json("/api/v1/test/clock", {{"offset_ms", offset_ms}});
    ASSERT_EQ(r.status, 200) << r.body;
    clients_.clear();
  }

  orgtest::Bureau b_;
  Date today_;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(InspectionsHttpTest, TheLedgerMovesOnlyAlongItsStatesAndRefusesTheRestInBothLanguages) {
  json check = make_check({b_.planning, b_.office});
  EXPECT_EQ(check["number"], "〔" + std::to_string(today_.add_days(-10).year()) + "〕专项检查第1号");
  ASSERT_EQ(check["checklist"].size(), 2u);
  json item = make_item(check["id"], b_.planning, 30);
  const int64_t id = item["id"];
  EXPECT_EQ(item["state"], "rectifying");
  EXPECT_EQ(item["number"], check["number"].get<std::string>() + "-1");

  // The committee cannot accept what was never reported: 409, both languages.
  auto early = act("shuji", id, {{"action", "accept"}});
  ASSERT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.json()["error"]["code"], "inspection.illegal_transition");
  EXPECT_NE(early.json()["error"]["message_zh"].get<std::string>().find("整改中"), std::string::npos) << early.body;
  EXPECT_NE(early.json()["error"]["message_en"].get<std::string>().find("cannot accept"), std::string::npos)
      << early.body;
  // The department head may not verify; the committee may not report for the department.
  EXPECT_EQ(act("chuzhang", id, {{"action", "accept"}}).status, 403);
  EXPECT_EQ(act("shuji", id, {{"action", "report"}, {"note", "x"}, {"evidence", "y"}}).status, 403);
  // A report needs what was done and the evidence; each refusal names the field.
  auto no_evidence = act("chuzhang", id, {{"action", "report"}, {"note", "已补齐附件"}});
  ASSERT_EQ(no_evidence.status, 400) << no_evidence.body;
  EXPECT_EQ(no_evidence.json()["error"]["field"], "evidence");
  EXPECT_FALSE(no_evidence.json()["error"]["message_en"].get<std::string>().empty());
  auto bad_action = act("chuzhang", id, {{"action", "close"}});
  ASSERT_EQ(bad_action.status, 400);
  EXPECT_EQ(bad_action.json()["error"]["field"], "action");
  EXPECT_EQ(stored("rectification_steps"), 1);  // only the assignment: refusals store nothing

  json progressed = act_ok("chuzhang", id, {{"action", "progress"}, {"note", "已补齐一半"}});
  EXPECT_EQ(progressed["state"], "rectifying");
  EXPECT_EQ(progressed["progress"], "已补齐一半");
  json reported = act_ok("chuzhang", id, {{"action", "report"}, {"note", "已补齐附件42份"}, {"evidence", "补齐附件清单"}});
  EXPECT_EQ(reported["state"], "reported");
  EXPECT_EQ(reported["actions"], json::array());  // the department waits for the committee
  EXPECT_EQ(act("chuzhang", id, {{"action", "report"}, {"note", "a"}, {"evidence", "b"}}).status, 409);
  // Sending back needs the reason.
  auto no_reason = act("shuji", id, {{"action", "return"}});
  ASSERT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.json()["error"]["field"], "note");
  json returned = act_ok("shuji", id, {{"action", "return"}, {"note", "缺少签到表"}});
  EXPECT_EQ(returned["state"], "rectifying");
  EXPECT_EQ(returned["verification"], "缺少签到表");
  act_ok("chuzhang", id, {{"action", "report"}, {"note", "签到表已补"}, {"evidence", "签到表扫描件"}});
  json closed = act_ok("jijian", id, {{"action", "accept"}, {"note", "整改到位"}});
  EXPECT_EQ(closed["state"], "closed");
  EXPECT_EQ(closed["closed_on"], today_.to_string());
  EXPECT_EQ(closed["evidence"], "签到表扫描件");
  EXPECT_EQ(closed["overdue"], false);
  ASSERT_EQ(closed["steps"].size(), 6u);  // assign, progress, report, return, report, accept
  EXPECT_EQ(closed["steps"][5]["action"], "accept");
  EXPECT_EQ(closed["steps"][5]["by_name"], "显示jijian");
  // Closed is final.
  for (const char* a : {"progress", "report", "accept", "return"})
    EXPECT_EQ(act(std::string(a) == "accept" || std::string(a) == "return" ? "shuji" : "chuzhang", id,
                  {{"action", a}, {"note", "n"}, {"evidence", "e"}})
                  .status,
              409)
        << a;
  EXPECT_EQ(audit_count("inspection.item.act"), 5);  // the five steps taken; refusals are not successes
  EXPECT_EQ(audit_count("inspection.item.create"), 1);
  EXPECT_EQ(audit_count("inspection.check.create"), 1);
}

TEST_P(InspectionsHttpTest, BadInputNamesTheFieldAndStoresNothing) {
  json base{{"kind", "conduct_year"},           {"title", "检查"},
            {"start_date", day(0)},             {"end_date", day(5)},
            {"department_ids", json::array({b_.planning})}, {"checklist", json::array({"要点"})}};
  auto refused = [&](json patch, const std::string& field) {
    json body = base;
    for (auto& [k, v] : patch.items()) body[k] = v;
    auto r = as("shuji").post_json("/api/v1/inspections/checks", body);
    EXPECT_EQ(r.status, 400) << patch.dump() << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  };
  refused({{"kind", "campaign"}}, "kind");
  refused({{"title", ""}}, "title");
  refused({{"start_date", "2026-02-30"}}, "start_date");
  refused({{"end_date", day(-1)}}, "end_date");
  refused({{"department_ids", json::array()}}, "department_ids");
  refused({{"department_ids", {b_.planning, 999999}}}, "department_ids[1]");
  refused({{"department_ids", {b_.planning, b_.planning}}}, "department_ids[1]");
  refused({{"checklist", json::array({"要点", ""})}}, "checklist[1]");
  EXPECT_EQ(stored("inspection_checks"), 0);
  EXPECT_EQ(stored("inspection_check_departments"), 0);
  EXPECT_EQ(stored("inspection_checklist_items"), 0);

  json check = make_check({b_.planning});
  const std::string items = "/api/v1/inspections/checks/" + check["id"].dump() + "/items";
  auto outside = as("shuji").post_json(items, {{"finding", "f"}, {"owner_department_id", b_.office}, {"deadline", day(3)}});
  ASSERT_EQ(outside.status, 400) << outside.body;
  EXPECT_EQ(outside.json()["error"]["field"], "owner_department_id");
  auto no_deadline = as("shuji").post_json(items, {{"finding", "f"}, {"owner_department_id", b_.planning}});
  ASSERT_EQ(no_deadline.status, 400);
  EXPECT_EQ(no_deadline.json()["error"]["field"], "deadline");
  auto no_finding = as("shuji").post_json(items, {{"owner_department_id", b_.planning}, {"deadline", day(3)}});
  ASSERT_EQ(no_finding.status, 400);
  EXPECT_EQ(no_finding.json()["error"]["field"], "finding");
  EXPECT_EQ(stored("rectification_items"), 0);
  // Archiving needs a reason; an archived check leaves the lists, never the database.
  make_item(check["id"], b_.planning, 3);
  const std::string archive = "/api/v1/inspections/checks/" + check["id"].dump() + "/archive";
  auto no_reason = as("shuji").post_json(archive, json::object());
  ASSERT_EQ(no_reason.status, 400) << no_reason.body;
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  EXPECT_EQ(as("chuzhang").post_json(archive, {{"reason", "x"}}).status, 403);
  ASSERT_EQ(as("shuji").post_json(archive, {{"reason", "重复登记"}}).status, 200);
  EXPECT_EQ(total("shuji", "/api/v1/inspections/checks"), 0);
  EXPECT_EQ(total("shuji", "/api/v1/inspections/items"), 0);
  EXPECT_EQ(as("shuji").post_json(items, {{"finding", "f"}, {"owner_department_id", b_.planning}, {"deadline", day(3)}}).status,
            409);
  EXPECT_EQ(stored("rectification_items"), 1);
  EXPECT_EQ(audit_count("inspection.check.archive"), 1);
  // A department head cannot plan a check or record a finding.
  EXPECT_EQ(as("chuzhang").post_json("/api/v1/inspections/checks", base).status, 403);
  EXPECT_EQ(as("chuzhang").post_json(items, {{"finding", "f"}, {"owner_department_id", b_.planning}, {"deadline", day(3)}}).status,
            403);
}

TEST_P(InspectionsHttpTest, EachRoleSeesTheDepartmentsItsScopeReachesAndNothingElseExists) {
  json both = make_check({b_.planning, b_.office});
  json office_only = make_check({b_.office}, "formalism");
  const int64_t planning_item = make_item(both["id"], b_.planning, 30)["id"];
  const int64_t office_item = make_item(both["id"], b_.office, 30)["id"];
  make_item(office_only["id"], b_.office, 30);
  const std::string ledger = "/api/v1/inspections/items";
  const std::string checks = "/api/v1/inspections/checks";
  EXPECT_EQ(total("shuji", ledger), 3);
  EXPECT_EQ(total("jijian", ledger), 3);
  EXPECT_EQ(total("dangwei", ledger), 3);
  EXPECT_EQ(total("dangwei", checks), 2);
  // The planning head: his department's item and the check that covers it, nothing more.
  EXPECT_EQ(total("chuzhang", ledger), 1);
  EXPECT_EQ(total("chuzhang", checks), 1);
  EXPECT_EQ(total("bgszr", ledger), 2);
  EXPECT_EQ(total("bgszr", checks), 2);
  // The committee member oversees planning only.
  EXPECT_EQ(total("banzi", ledger), 1);
  // Out of scope answers exactly like an absent record.
  auto hidden = as("chuzhang").get(ledger + "/" + std::to_string(office_item));
  auto absent = as("chuzhang").get(ledger + "/999999");
  ASSERT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.body, absent.body);
  auto hidden_check = as("chuzhang").get(checks + "/" + office_only["id"].dump());
  auto absent_check = as("chuzhang").get(checks + "/999999");
  ASSERT_EQ(hidden_check.status, 404);
  EXPECT_EQ(hidden_check.body, absent_check.body);
  auto hidden_act = act("chuzhang", office_item, {{"action", "report"}, {"note", "n"}, {"evidence", "e"}});
  auto absent_act = act("chuzhang", 999999, {{"action", "report"}, {"note", "n"}, {"evidence", "e"}});
  ASSERT_EQ(hidden_act.status, 404);
  EXPECT_EQ(hidden_act.body, absent_act.body);
  EXPECT_EQ(as("banzi").get(ledger + "/" + std::to_string(office_item)).status, 404);
  // The committee member and the Party secretary read but do not report or verify.
  EXPECT_EQ(as("banzi").get(ledger + "/" + std::to_string(planning_item)).status, 200);
  EXPECT_EQ(act("banzi", planning_item, {{"action", "progress"}, {"note", "n"}}).status, 403);
  EXPECT_EQ(act("dangwei", planning_item, {{"action", "progress"}, {"note", "n"}}).status, 403);
  // Staff and the three administrators reach nothing of the module.
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get(ledger).status, 403) << user;
    EXPECT_EQ(as(user).get(checks).status, 403) << user;
    EXPECT_EQ(as(user).get(ledger + "/" + std::to_string(planning_item)).status, 403) << user;
    EXPECT_EQ(as(user).get(ledger + "/export").status, 403) << user;
    EXPECT_EQ(act(user, planning_item, {{"action", "progress"}, {"note", "n"}}).status, 403) << user;
  }
  EXPECT_EQ(act("bgszr", office_item, {{"action", "progress"}, {"note", "已启动"}}).status, 200);
}

TEST_P(InspectionsHttpTest, DeadlinesAndVerificationReachTheMessageCentre) {
  json check = make_check({b_.planning, b_.office});
  const int64_t id = make_item(check["id"], b_.planning, 3, "附件不全涉及张某某")["id"];
  make_item(check["id"], b_.office, 60);  // far away: no reminder
  auto head = messages("chuzhang");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head[0]["kind"], "due_soon");
  EXPECT_EQ(head[0]["link"], "/inspections/items/" + std::to_string(id));
  EXPECT_EQ(head[0]["due_date"], day(3));
  const std::string title = head[0]["title_zh"];
  EXPECT_NE(title.find(check["number"].get<std::string>() + "-1"), std::string::npos) << title;
  EXPECT_EQ(title.find("张某某"), std::string::npos) << "no finding text in a message: " << title;
  EXPECT_EQ(messages("shuji").size(), 1u);
  EXPECT_EQ(messages("jijian").size(), 1u);
  for (const char* user : {"bgszr", "dangwei", "banzi", "zhigong", "sysadmin", "auditor"})
    EXPECT_TRUE(messages(user, "all").empty()) << user;
  // Ten days on the deadline has passed: overdue, once, however often read.
  move_clock(10 * kDayMs);
  head = messages("chuzhang");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head[0]["kind"], "overdue");
  EXPECT_NE(head[0]["title_zh"].get<std::string>().find("已逾期"), std::string::npos);
  messages("chuzhang");
  EXPECT_EQ(messages("chuzhang").size(), 1u);
  EXPECT_EQ(total("shuji", "/api/v1/inspections/items?overdue=true"), 1);
  // Reported: off the department's list, onto the committee's as a to-do.
  act_ok("chuzhang", id, {{"action", "report"}, {"note", "已整改"}, {"evidence", "清单"}});
  EXPECT_TRUE(messages("chuzhang").empty());
  auto committee = messages("shuji");
  ASSERT_EQ(committee.size(), 1u);
  EXPECT_EQ(committee[0]["kind"], "todo");
  act_ok("shuji", id, {{"action", "accept"}});
  EXPECT_TRUE(messages("shuji").empty());
  EXPECT_TRUE(messages("jijian").empty());
  EXPECT_EQ(total("shuji", "/api/v1/inspections/items?overdue=true"), 0);
}

TEST_P(InspectionsHttpTest, TheLedgerExportsInTheOfficeLayoutWithinTheReadersScope) {
  json check = make_check({b_.planning, b_.office});
  const int64_t late = make_item(check["id"], b_.planning, -5, "规划审查拖沓")["id"];
  (void)late;
  const int64_t done = make_item(check["id"], b_.office, 10, "公文时限制度需修订")["id"];
  act_ok("bgszr", done, {{"action", "report"}, {"note", "已修订"}, {"evidence", "新办法"}});
  act_ok("shuji", done, {{"action", "accept"}});

  auto r = as("shuji").get("/api/v1/inspections/items/export");
  ASSERT_EQ(r.status, 200) << r.body;
  auto rows = spreadsheet::read_xlsx_rows(r.body, "整改台账.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 6u);  // title, filter, header, 2 items, 合计
  const auto& title = (*rows)[0].cells;
  ASSERT_FALSE(title.empty());
  EXPECT_NE(title[0].find("整改台账"), std::string::npos) << title[0];
  EXPECT_NE(title[0].find("测试"), std::string::npos) << "the unit's name: " << title[0];
  EXPECT_NE((*rows)[1].cells[0].find("导出时间"), std::string::npos);
  EXPECT_EQ((*rows)[2].cells, inspections::ledger_headers());
  EXPECT_EQ((*rows)[2].cells[0], "序号");
  const auto& first = (*rows)[3].cells;
  EXPECT_EQ(first[0], "1");
  EXPECT_EQ(first[2], "作风建设年");
  EXPECT_EQ(first[5], "规划审查拖沓");
  EXPECT_EQ(first[6], "规划处");
  EXPECT_EQ(first[8], day(-5));
  EXPECT_EQ(first[11], "整改中（待责任部门报送）");
  EXPECT_EQ(first[12], "已逾期");
  const auto& second = (*rows)[4].cells;
  EXPECT_EQ(second[0], "2");
  EXPECT_EQ(second[11], "已销号");
  EXPECT_EQ(second[12], "否");
  EXPECT_EQ(second[14], today_.to_string());
  EXPECT_NE((*rows)[5].cells[0].find("合计 2 项"), std::string::npos) << (*rows)[5].cells[0];
  EXPECT_NE((*rows)[5].cells[0].find("逾期未销号 1 项"), std::string::npos) << (*rows)[5].cells[0];

  // The planning head's export holds his department's row only, and says the filter.
  auto mine = as("chuzhang").get("/api/v1/inspections/items/export?state=rectifying");
  ASSERT_EQ(mine.status, 200);
  auto own = spreadsheet::read_xlsx_rows(mine.body, "整改台账.xlsx");
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->size(), 5u);
  EXPECT_EQ((*own)[3].cells[6], "规划处");
  EXPECT_NE((*own)[1].cells[0].find("整改中"), std::string::npos) << (*own)[1].cells[0];
  EXPECT_EQ(as("shuji").get("/api/v1/inspections/items/export?state=open").status, 400);
}

// The home page's pending lines: each count equals the ledger its link opens, for the
// reader who must act; nothing for readers with nothing to do, or without the module.
TEST_P(InspectionsHttpTest, TheHomePageCountsWhatWaitsAndEqualsTheLedgerItOpens) {
  json check = make_check({b_.planning, b_.office});
  make_item(check["id"], b_.planning, -2);  // overdue
  make_item(check["id"], b_.planning, 20);
  const int64_t office = make_item(check["id"], b_.office, 20)["id"];
  act_ok("bgszr", office, {{"action", "report"}, {"note", "已整改"}, {"evidence", "清单"}});
  auto pending = [&](const std::string& user) {
    auto r = as(user).get("/api/v1/dashboard");
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::map<std::string, json> out;
    const json body = r.json();
    for (const auto& p : body["data"]["pending"])
      if (p["key"].get<std::string>().rfind("inspections.", 0) == 0) out[p["key"]] = p;
    return out;
  };
  auto head = pending("chuzhang");
  ASSERT_TRUE(head.count("inspections.rectifying"));
  EXPECT_EQ(head["inspections.rectifying"]["count"], 2);
  EXPECT_EQ(head["inspections.rectifying"]["count"], total("chuzhang", "/api/v1/inspections/items?state=rectifying"));
  EXPECT_EQ(head["inspections.overdue"]["count"], 1);
  EXPECT_EQ(head["inspections.overdue"]["link"], "/inspections/ledger?overdue=true");
  EXPECT_FALSE(head.count("inspections.reported"));
  auto committee = pending("shuji");
  ASSERT_TRUE(committee.count("inspections.reported"));
  EXPECT_EQ(committee["inspections.reported"]["count"], 1);
  EXPECT_EQ(committee["inspections.reported"]["count"], total("shuji", "/api/v1/inspections/items?state=reported"));
  EXPECT_FALSE(committee.count("inspections.rectifying"));
  EXPECT_EQ(committee["inspections.overdue"]["count"], total("shuji", "/api/v1/inspections/items?overdue=true"));
  // The office head has nothing left to report and nothing overdue: no line, not a 0.
  EXPECT_TRUE(pending("bgszr").empty());
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor"}) EXPECT_TRUE(pending(user).empty()) << user;
}

INSTANTIATE_TEST_SUITE_P(Both, InspectionsHttpTest, testing::AllDatabases(), testing::DatabaseName);

class InspectionsConfigHttpTest : public testing::DatabaseTest {};

TEST_P(InspectionsConfigHttpTest, ABadSettingStopsTheServerNamingIt) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string text = testing::refused_start_text(url(), "[inspections]\ndue_soon_days = 500\n");
  EXPECT_NE(text.find("inspections.due_soon_days"), std::string::npos) << text;
  EXPECT_NE(text.find("qingfeng.toml:2"), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(Both, InspectionsConfigHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
