// Integrity-risk prevention through a real `qingfeng serve` on both databases, with a
// [risk] matrix that differs from the defaults (so the levels prove the configuration
// is read): the level of likelihood × impact; a department head's point waiting for the
// discipline committee, returned with a reason, changed and approved, with its history
// and the review reminders; negative lists and the coverage report; staff
// acknowledgements that a change asks again; and who sees what, role by role — an
// object out of reach answers exactly like an absent one, the administrators reach
// nothing.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/clock.h"
#include "domain/org/structure.h"
#include "domain/risk/risk_config.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "org_test_bureau.h"
#include "support/ledger_export.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;
constexpr int64_t kDayMs = 24LL * 3600 * 1000;

const char* const kAdministrators[] = {"sysadmin", "secadmin", "auditor"};

class RiskHttpTest : public testing::ServedDatabaseTest {
 protected:
  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms());
    ServedDatabaseTest::SetUp();
  }
  void configure(testing::ServerProcessOptions& o) override {
    o.config_toml =
        "[risk]\nlevel1_min_score = 12\nlevel2_min_score = 6\nreview_days_level1 = 30\nreview_days_level2 = 60\n"
        "review_days_level3 = 120\nreview_due_soon_days = 14\n";
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    const int64_t planning_head = orgtest::add_person(conn, b_, "3001", "规划处长", b_.planning);
    const int64_t office_head = orgtest::add_person(conn, b_, "3002", "办公室主任", b_.office);
    const int64_t member = orgtest::add_person(conn, b_, "3003", "分管副局长", b_.office);
    staff_ = orgtest::add_person(conn, b_, "3004", "审批岗职工", b_.planning, b_.branch1, b_.approval_pos);
    auto oversight = org::add_oversight(conn, member, b_.office, "2024-01-01");
    ASSERT_TRUE(oversight.ok()) << oversight.error().to_string();
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person, "显示" + user);
    };
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("banzi", member, {Role::kCommitteeMember, ScopeKind::kOverseen, {}});
    account("chuzhang", planning_head, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("bgszr", office_head, {Role::kDeptHead, ScopeKind::kDepartment, b_.office});
    account("zhigong", staff_, {Role::kStaff, ScopeKind::kSelf, {}});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  json point_body(int64_t department, int64_t likelihood, int64_t impact, const std::string& category = "appraisal") {
    return json{{"department_id", department},
                {"category", category},
                {"description", "规划方案评审中接受设计单位请托"},
                {"likelihood", likelihood},
                {"impact", impact},
                {"measures", json::array({{{"measure", "评审专家随机抽取"}, {"owner_name", "张三"}}})}};
  }
  json create_ok(const std::string& user, const json& body) {
    auto r = as(user).post_json("/api/v1/risk/points", body);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    return r.json()["data"];
  }
  std::string path(int64_t id, const std::string& tail = "") {
    return "/api/v1/risk/points/" + std::to_string(id) + tail;
  }
  int64_t stored(const std::string& table) {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT COUNT(*) AS n FROM " + table);
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->i64("n") : -1;
  }
  std::vector<json> messages(const std::string& user, const std::string& source) {
    auto r = as(user).get("/api/v1/messages?page_size=200&status=open");
    EXPECT_EQ(r.status, 200) << r.body;
    const json body = r.json();
    std::vector<json> out;
    for (const auto& m : body["data"])
      if (m["source"] == source) out.push_back(m);
    return out;
  }
  void move_clock(int64_t offset_ms) {
    auto r = as("shuji").post_json("/api/v1/test/clock", {{"offset_ms", offset_ms}});
    ASSERT_EQ(r.status, 200) << r.body;
    clients_.clear();
  }
  int64_t total(const std::string& user, const std::string& query = "") {
    auto r = as(user).get("/api/v1/risk/points?page_size=200" + query);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    return r.json()["meta"]["total"].get<int64_t>();
  }

  orgtest::Bureau b_;
  int64_t staff_ = 0;
  Date today_;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(RiskHttpTest, TheLevelFollowsTheConfiguredMatrix) {
  // level1_min_score = 12, level2_min_score = 6 (defaults 15 and 8).
  EXPECT_EQ(create_ok("chuzhang", point_body(b_.planning, 3, 4))["level"], 1);   // 12: 二级 under the defaults
  EXPECT_EQ(create_ok("chuzhang", point_body(b_.planning, 2, 5))["level"], 2);   // 10
  EXPECT_EQ(create_ok("chuzhang", point_body(b_.planning, 2, 3))["level"], 2);   // 6: 三级 under the defaults
  EXPECT_EQ(create_ok("chuzhang", point_body(b_.planning, 1, 5))["level"], 3);   // 5
  json p = create_ok("chuzhang", point_body(b_.planning, 1, 1));
  EXPECT_EQ(p["level"], 3);
  EXPECT_EQ(p["status"], "submitted");
  ASSERT_EQ(p["measures"].size(), 1u);
  EXPECT_EQ(p["measures"][0]["owner_name"], "张三");
  // A change recomputes the level.
  auto up = as("chuzhang").put_json(path(p["id"].get<int64_t>()), point_body(b_.planning, 5, 5));
  ASSERT_EQ(up.status, 200) << up.body;
  EXPECT_EQ(up.json()["data"]["level"], 1);
  EXPECT_EQ(up.json()["data"]["revision"], 2);
  EXPECT_EQ(total("chuzhang", "&level=1"), 2);
  // Bad input names its field; nothing is stored.
  const int64_t points = stored("risk_points"), measures = stored("risk_measures");
  struct Bad {
    json body;
    const char* field;
  };
  json no_measures = point_body(b_.planning, 2, 2);
  no_measures["measures"] = json::array();
  json ownerless = point_body(b_.planning, 2, 2);
  ownerless["measures"] = json::array({{{"measure", "双人审核"}}, {{"measure", "公开"}, {"owner_name", ""}}});
  json empty_text = point_body(b_.planning, 2, 2);
  empty_text["description"] = "   ";
  json wrong_position = point_body(b_.planning, 2, 2);
  wrong_position["position_id"] = b_.clerk_pos;  // 办公室's position
  const Bad bad[] = {{point_body(b_.planning, 6, 2), "likelihood"},
                     {point_body(b_.planning, 2, 0), "impact"},
                     {point_body(b_.planning, 2, 2, "bribery"), "category"},
                     {no_measures, "measures"},
                     {ownerless, "measures[0].owner_name"},
                     {empty_text, "description"},
                     {wrong_position, "position_id"}};
  for (const auto& x : bad) {
    auto r = as("chuzhang").post_json("/api/v1/risk/points", x.body);
    ASSERT_EQ(r.status, 400) << x.field << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], x.field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  }
  EXPECT_EQ(stored("risk_points"), points);
  EXPECT_EQ(stored("risk_measures"), measures);
}

TEST_P(RiskHttpTest, TheCommitteeReturnsWithAReasonAndApprovesTheChange) {
  json p = create_ok("chuzhang", point_body(b_.planning, 4, 4));
  const int64_t id = p["id"].get<int64_t>();
  // Waiting for review: a to-do for the discipline secretary, nobody else.
  auto todo = messages("shuji", "risk.submitted");
  ASSERT_EQ(todo.size(), 1u);
  EXPECT_EQ(todo[0]["link"], "/risk/points/" + std::to_string(id));
  EXPECT_TRUE(messages("chuzhang", "risk.submitted").empty());
  // The department head cannot review his own point; a return needs a reason.
  EXPECT_EQ(as("chuzhang").post_json(path(id, "/review"), {{"decision", "approve"}}).status, 403);
  auto no_reason = as("jijian").post_json(path(id, "/review"), {{"decision", "return"}, {"reason", " "}});
  ASSERT_EQ(no_reason.status, 400) << no_reason.body;
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  auto bad_decision = as("jijian").post_json(path(id, "/review"), {{"decision", "maybe"}});
  EXPECT_EQ(bad_decision.status, 400);
  EXPECT_EQ(bad_decision.json()["error"]["field"], "decision");
  auto ret = as("jijian").post_json(path(id, "/review"), {{"decision", "return"}, {"reason", "防控措施未落实到人"}});
  ASSERT_EQ(ret.status, 200) << ret.body;
  EXPECT_EQ(ret.json()["data"]["status"], "returned");
  EXPECT_EQ(ret.json()["data"]["return_reason"], "防控措施未落实到人");
  EXPECT_TRUE(messages("shuji", "risk.submitted").empty());
  // A returned point is not reviewed again until changed.
  EXPECT_EQ(as("shuji").post_json(path(id, "/review"), {{"decision", "approve"}}).status, 409);
  auto detail = as("chuzhang").get(path(id));
  ASSERT_EQ(detail.status, 200);
  EXPECT_TRUE(detail.json()["data"]["can_edit"].get<bool>());
  EXPECT_FALSE(detail.json()["data"]["can_review"].get<bool>());
  auto changed = as("chuzhang").put_json(path(id), point_body(b_.planning, 4, 4));
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["data"]["status"], "submitted");
  EXPECT_EQ(changed.json()["data"]["return_reason"], "");
  auto ok = as("shuji").post_json(path(id, "/review"), {{"decision", "approve"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["data"]["status"], "approved");
  EXPECT_EQ(ok.json()["data"]["last_reviewed_date"], today_.to_string());
  // 一级 (16 ≥ 12): the next review 30 days on (review_days_level1).
  EXPECT_EQ(ok.json()["data"]["next_review_date"], today_.add_days(30).to_string());
  // The history: submit, return (with reason), submit, approve.
  auto history = as("chuzhang").get(path(id)).json()["data"]["history"];
  ASSERT_EQ(history.size(), 4u);
  EXPECT_EQ(history[0]["action"], "submit");
  EXPECT_EQ(history[1]["action"], "return");
  EXPECT_EQ(history[1]["reason"], "防控措施未落实到人");
  EXPECT_EQ(history[1]["actor_name"], "显示jijian");
  EXPECT_EQ(history[2]["action"], "submit");
  EXPECT_EQ(history[3]["action"], "approve");
  EXPECT_EQ(audit_count("risk.point.review"), 2);
  // Review reminders: nothing yet; 20 days on the review is due within 14 days — the
  // department's head is told, not the other head; after the date it is overdue.
  EXPECT_TRUE(messages("chuzhang", "risk.review").empty());
  move_clock(20 * kDayMs);
  auto due = messages("chuzhang", "risk.review");
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0]["kind"], "due_soon");
  EXPECT_EQ(due[0]["due_date"], today_.add_days(30).to_string());
  EXPECT_TRUE(messages("bgszr", "risk.review").empty());
  EXPECT_TRUE(messages("shuji", "risk.review").empty());
  move_clock(31 * kDayMs);
  due = messages("chuzhang", "risk.review");
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0]["kind"], "overdue");
  // Reviewing again (the head resubmits, the committee approves) ends the reminder.
  ASSERT_EQ(as("chuzhang").put_json(path(id), point_body(b_.planning, 4, 4)).status, 200);
  EXPECT_TRUE(messages("chuzhang", "risk.review").empty());
}

TEST_P(RiskHttpTest, EachRoleSeesItsScopeAndTheRestAnswersLikeNothing) {
  const int64_t planning = create_ok("chuzhang", point_body(b_.planning, 4, 4, "procurement"))["id"].get<int64_t>();
  const int64_t sub = create_ok("chuzhang", point_body(b_.planning1, 2, 2, "meeting"))["id"].get<int64_t>();
  const int64_t office = create_ok("bgszr", point_body(b_.office, 3, 3, "reception"))["id"].get<int64_t>();
  (void)sub;
  // Discipline committee and Party secretary: all; the committee member: the overseen
  // 办公室; each head: the own department (规划处 with 规划一科).
  EXPECT_EQ(total("shuji"), 3);
  EXPECT_EQ(total("jijian"), 3);
  EXPECT_EQ(total("dangwei"), 3);
  EXPECT_EQ(total("banzi"), 1);
  EXPECT_EQ(total("chuzhang"), 2);
  EXPECT_EQ(total("bgszr"), 1);
  // Out of reach = absent: the same 404 and body as an id that does not exist.
  const auto absent = as("chuzhang").get(path(999999));
  ASSERT_EQ(absent.status, 404);
  const std::vector<std::pair<std::string, int64_t>> hidden{{"chuzhang", office}, {"banzi", planning}, {"bgszr", planning}};
  for (const auto& [user, id] : hidden) {
    auto r = as(user).get(path(id));
    EXPECT_EQ(r.status, 404) << user;
    EXPECT_EQ(r.body, as(user).get(path(999999)).body) << user;
  }
  auto foreign_edit = as("bgszr").put_json(path(planning), point_body(b_.planning, 1, 1));
  EXPECT_EQ(foreign_edit.status, 404) << foreign_edit.body;
  EXPECT_EQ(foreign_edit.body, as("bgszr").put_json(path(999999), point_body(b_.planning, 1, 1)).body);
  // A head cannot file a point in another department; the member and the committee maintain none.
  auto elsewhere = as("chuzhang").post_json("/api/v1/risk/points", point_body(b_.office, 1, 1));
  EXPECT_EQ(elsewhere.status, 400);
  EXPECT_EQ(elsewhere.json()["error"]["field"], "department_id");
  EXPECT_EQ(as("banzi").post_json("/api/v1/risk/points", point_body(b_.office, 1, 1)).status, 403);
  EXPECT_EQ(as("shuji").post_json("/api/v1/risk/points", point_body(b_.office, 1, 1)).status, 403);
  EXPECT_EQ(as("banzi").post_json(path(office, "/review"), {{"decision", "approve"}}).status, 403);
  // The heat map counts only what the caller sees.
  auto heat = [&](const std::string& user) {
    auto r = as(user).get("/api/v1/risk/heatmap");
    EXPECT_EQ(r.status, 200) << r.body;
    std::map<std::string, int64_t> cells;
    const json body = r.json();
    for (const auto& c : body["data"]["cells"])
      cells[c["department_name"].get<std::string>() + "/" + c["category"].get<std::string>()] += c["count"].get<int64_t>();
    return cells;
  };
  EXPECT_EQ(heat("shuji"), (std::map<std::string, int64_t>{{"办公室/reception", 1}, {"规划处/procurement", 1}, {"规划一科/meeting", 1}}));
  EXPECT_EQ(heat("banzi"), (std::map<std::string, int64_t>{{"办公室/reception", 1}}));
  auto level1 = as("shuji").get("/api/v1/risk/heatmap?level=1").json()["data"]["cells"];
  ASSERT_EQ(level1.size(), 1u);
  EXPECT_EQ(level1[0]["category"], "procurement");
  // The Excel export holds the same rows as the list (header + one row per point).
  auto exported = [&](const std::string& user, const std::string& query = "") -> std::vector<std::string> {
    auto r = as(user).get("/api/v1/risk/points/export" + query);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    auto rows = testing::ledger_rows(r.body, "廉政风险点台账");
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().to_string());
    std::vector<std::string> departments;
    if (rows.ok())
      for (size_t i = 1; i < rows->size(); ++i) departments.push_back((*rows)[i].cells.at(0));
    if (rows.ok() && !rows->empty()) EXPECT_EQ((*rows)[0].cells.at(3), "风险点描述");
    return departments;
  };
  EXPECT_EQ(exported("shuji").size(), 3u);
  EXPECT_EQ(exported("banzi"), std::vector<std::string>{"办公室"});
  EXPECT_EQ(exported("shuji", "?level=1"), std::vector<std::string>{"规划处"});
  // Staff and the three administrators reach none of it.
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor"}) {
    const std::vector<std::string> reads{"/api/v1/risk/points", "/api/v1/risk/heatmap", "/api/v1/risk/coverage",
                                         "/api/v1/risk/negative-lists", "/api/v1/risk/points/export",
                                         "/api/v1/risk/points/" + std::to_string(office)};
    for (const auto& p : reads) {
      EXPECT_EQ(as(user).get(p).status, 403) << user << " " << p;
    }
  }
  for (const char* user : kAdministrators) {
    EXPECT_EQ(as(user).get("/api/v1/risk/mine").status, 403) << user;
    EXPECT_EQ(as(user).post_json("/api/v1/risk/points", point_body(b_.office, 1, 1)).status, 403) << user;
    EXPECT_EQ(as(user).post_json(path(office, "/review"), {{"decision", "approve"}}).status, 403) << user;
  }
}

TEST_P(RiskHttpTest, CoverageShowsTheGapsAndStaffAcknowledgeEachRevision) {
  const std::string year = std::to_string(today_.year());
  auto coverage = [&](const std::string& user) {
    auto r = as(user).get("/api/v1/risk/coverage?year=" + year);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  };
  json c = coverage("shuji");
  EXPECT_EQ(c["departments"], 3);
  EXPECT_EQ(c["covered"], 0);
  EXPECT_FALSE(c["full_coverage"].get<bool>());
  auto save = [&](const std::string& user, int64_t dept, json items) {
    return as(user).put_json("/api/v1/risk/negative-lists", {{"department_id", dept}, {"year", today_.year()}, {"items", items}});
  };
  auto r = save("chuzhang", b_.planning, json::array({"不得违规调整规划指标", " ", "不得接受管理服务对象宴请"}));
  ASSERT_EQ(r.status, 200) << r.body;
  const int64_t list_id = r.json()["data"]["id"].get<int64_t>();
  EXPECT_EQ(r.json()["data"]["items"].size(), 2u);
  ASSERT_EQ(save("bgszr", b_.office, json::array({"不得超标准接待"})).status, 200);
  // Bad input names its field; a head cannot write another department's list.
  auto empty = save("chuzhang", b_.planning1, json::array({"  "}));
  EXPECT_EQ(empty.status, 400);
  EXPECT_EQ(empty.json()["error"]["field"], "items");
  auto foreign = save("chuzhang", b_.office, json::array({"x"}));
  EXPECT_EQ(foreign.status, 400);
  EXPECT_EQ(foreign.json()["error"]["field"], "department_id");
  EXPECT_EQ(save("shuji", b_.office, json::array({"x"})).status, 403);
  c = coverage("shuji");
  EXPECT_EQ(c["covered"], 2);
  EXPECT_FALSE(c["full_coverage"].get<bool>());
  std::vector<std::string> gaps;
  for (const auto& row : c["rows"])
    if (row["list_id"].is_null()) gaps.push_back(row["department_name"]);
  EXPECT_EQ(gaps, std::vector<std::string>{"规划一科"});
  // The committee member's report covers only the overseen 办公室.
  json mine_cover = coverage("banzi");
  EXPECT_EQ(mine_cover["departments"], 1);
  EXPECT_TRUE(mine_cover["full_coverage"].get<bool>());
  // Last year's coverage is separate.
  EXPECT_EQ(as("shuji").get("/api/v1/risk/coverage?year=" + std::to_string(today_.year() - 1)).json()["data"]["covered"], 0);
  EXPECT_EQ(as("shuji").get("/api/v1/risk/coverage?year=20x6").status, 400);
  ASSERT_EQ(save("chuzhang", b_.planning1, json::array({"不得泄露规划信息"})).status, 200);
  EXPECT_TRUE(coverage("shuji")["full_coverage"].get<bool>());

  // Staff: the own department's list and the own position's points, acknowledged per revision.
  const int64_t point = create_ok("chuzhang", [&] {
                          json b = point_body(b_.planning, 4, 4);
                          b["position_id"] = b_.approval_pos;
                          return b;
                        }())["id"].get<int64_t>();
  create_ok("chuzhang", point_body(b_.planning, 2, 2));  // department-wide: not the staff member's position
  auto mine = as("zhigong").get("/api/v1/risk/mine");
  ASSERT_EQ(mine.status, 200) << mine.body;
  json m = mine.json()["data"];
  EXPECT_EQ(m["negative_list"]["id"], list_id);
  ASSERT_EQ(m["risk_points"].size(), 1u);
  EXPECT_EQ(m["risk_points"][0]["id"], point);
  ASSERT_EQ(m["items"].size(), 2u);
  for (const auto& i : m["items"]) EXPECT_FALSE(i["acknowledged"].get<bool>());
  auto ack = as("zhigong").post_json("/api/v1/risk/acknowledgements", {{"object_type", "negative_list"}, {"object_id", list_id}});
  ASSERT_EQ(ack.status, 200) << ack.body;
  EXPECT_TRUE(ack.json()["data"]["acknowledged"].get<bool>());
  ASSERT_EQ(as("zhigong").post_json("/api/v1/risk/acknowledgements", {{"object_type", "risk_point"}, {"object_id", point}}).status, 200);
  // Twice is once.
  ASSERT_EQ(as("zhigong").post_json("/api/v1/risk/acknowledgements", {{"object_type", "negative_list"}, {"object_id", list_id}}).status, 200);
  EXPECT_EQ(stored("risk_acknowledgements"), 2);
  // Another department's list is not the staff member's to acknowledge: like absent.
  auto office_list = as("bgszr").get("/api/v1/risk/negative-lists?year=" + year).json()["data"]["lists"][0]["id"].get<int64_t>();
  auto other = as("zhigong").post_json("/api/v1/risk/acknowledgements", {{"object_type", "negative_list"}, {"object_id", office_list}});
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.body, as("zhigong").post_json("/api/v1/risk/acknowledgements", {{"object_type", "negative_list"}, {"object_id", 999999}}).body);
  // The head sees one of the department's people acknowledged the list.
  auto lists = as("chuzhang").get("/api/v1/risk/negative-lists?year=" + year).json()["data"]["lists"];
  bool seen = false;
  for (const auto& l : lists) {
    if (l["id"] != list_id) continue;
    seen = true;
    EXPECT_EQ(l["acknowledged"], 1);
    EXPECT_EQ(l["staff"], 2);  // 规划处长 and the staff member
  }
  EXPECT_TRUE(seen);
  // A new revision asks again.
  ASSERT_EQ(save("chuzhang", b_.planning, json::array({"不得违规调整规划指标", "不得干预招投标"})).status, 200);
  m = as("zhigong").get("/api/v1/risk/mine").json()["data"];
  for (const auto& i : m["items"]) {
    if (i["object_type"] == "negative_list") {
      EXPECT_FALSE(i["acknowledged"].get<bool>());
      EXPECT_EQ(i["revision"], 2);
    } else {
      EXPECT_TRUE(i["acknowledged"].get<bool>());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Both, RiskHttpTest, testing::AllDatabases(), testing::DatabaseName);

TEST(RiskConfigTest, TheMatrixAndItsLimitsAreConfiguration) {
  risk::RiskConfig d;
  EXPECT_EQ(d.level_of(3, 5), 1);
  EXPECT_EQ(d.level_of(2, 4), 2);
  EXPECT_EQ(d.level_of(1, 7), 3);
  auto cfg = risk::RiskConfig::from_toml("[risk]\nlevel1_min_score = 20\nlevel2_min_score = 10\n");
  ASSERT_TRUE(cfg.ok()) << cfg.error().to_string();
  EXPECT_EQ(cfg->level_of(4, 4), 2);
  EXPECT_EQ(cfg->level_of(4, 5), 1);
  EXPECT_EQ(cfg->level_of(3, 3), 3);
  auto crossed = risk::RiskConfig::from_toml("[risk]\nlevel1_min_score = 8\nlevel2_min_score = 9\n");
  ASSERT_FALSE(crossed.ok());
  EXPECT_NE(crossed.error().message_zh.find("qingfeng.toml:3"), std::string::npos) << crossed.error().to_string();
  auto unknown = risk::RiskConfig::from_toml("[risk]\nlevel_one = 8\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message_en.find("risk.level_one"), std::string::npos);
}

class RiskConfigServeTest : public testing::DatabaseTest {};

TEST_P(RiskConfigServeTest, ABadMatrixStopsTheServerNamingIt) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string text = testing::refused_start_text(url(), "[risk]\nreview_days_level1 = 0\n");
  EXPECT_NE(text.find("risk.review_days_level1"), std::string::npos) << text;
  EXPECT_NE(text.find("qingfeng.toml:2"), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(Both, RiskConfigServeTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
