// Integrity-risk prevention, second part, through a real `qingfeng serve` on both
// databases: consultation meetings (廉政风险会商会诊) whose decisions become duty tasks
// seen as such on the duty side; supervision checks of negative-list execution with a
// rectification follow-up for an item not executed, closed by the department's head;
// the Excel re-import of risk points (template, preview naming every bad cell, nothing
// stored on any error, create/update/unchanged); and who may do what, role by role —
// the administrators reach nothing, a check out of scope answers like an absent one.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/clock.h"
#include "domain/duty/duty.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;
using spreadsheet::XlsxCell;

const char* const kAdministrators[] = {"sysadmin", "secadmin", "auditor"};

class RiskConsultTest : public testing::ServedDatabaseTest {
 protected:
  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms()).to_string();
    year_ = std::stoi(today_.substr(0, 4));
    ServedDatabaseTest::SetUp();
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    planning_head_ = orgtest::add_person(conn, b_, "3001", "规划处长", b_.planning);
    const int64_t office_head = orgtest::add_person(conn, b_, "3002", "办公室主任", b_.office);
    const int64_t member = orgtest::add_person(conn, b_, "3003", "分管副局长", b_.office);
    auto oversight = org::add_oversight(conn, member, b_.office, "2024-01-01");
    ASSERT_TRUE(oversight.ok()) << oversight.error().to_string();
    auto wp = duty::create_work_point(conn, year_, "深化廉政风险防控", 10, 1);
    ASSERT_TRUE(wp.ok()) << wp.error().to_string();
    work_point_ = *wp;
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person, "显示" + user);
    };
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("banzi", member, {Role::kCommitteeMember, ScopeKind::kOverseen, {}});
    account("chuzhang", planning_head_, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("bgszr", office_head, {Role::kDeptHead, ScopeKind::kDepartment, b_.office});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  int64_t stored(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->i64("n") : -1;
  }
  int64_t add_point(const std::string& head, int64_t department, const std::string& text) {
    json body{{"department_id", department}, {"category", "appraisal"}, {"description", text},
              {"likelihood", 4}, {"impact", 4},
              {"measures", json::array({{{"measure", "评审专家随机抽取"}, {"owner_name", "张三"}}})}};
    auto r = as(head).post_json("/api/v1/risk/points", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"]["id"].get<int64_t>();
  }
  void save_list(const std::string& head, int64_t department, std::vector<std::string> items) {
    auto r = as(head).put_json("/api/v1/risk/negative-lists",
                               {{"department_id", department}, {"year", year_}, {"items", items}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  testing::HttpResponse upload(const std::string& user, const std::string& step, const std::string& bytes) {
    return as(user).request("POST", "/api/v1/risk/points/import/" + step + "?filename=risk.xlsx", bytes,
                            {{"Content-Type", "application/octet-stream"}});
  }
  std::string workbook(const std::vector<std::string>& header, const std::vector<std::vector<XlsxCell>>& rows) {
    spreadsheet::XlsxSheet s;
    s.name = "风险点";
    for (const auto& h : header) s.columns.push_back({h, 12});
    s.rows = rows;
    auto bytes = spreadsheet::write_xlsx({s});
    EXPECT_TRUE(bytes.ok());
    return bytes.ok() ? *bytes : std::string();
  }

  orgtest::Bureau b_;
  int64_t planning_head_ = 0;
  int64_t work_point_ = 0;
  std::string today_;
  int year_ = 0;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(RiskConsultTest, AConsultationDecisionBecomesADutyTaskSeenOnBothSides) {
  const int64_t planning_point = add_point("chuzhang", b_.planning, "规划方案评审中接受设计单位请托");
  const int64_t office_point = add_point("bgszr", b_.office, "公务接待超标准");
  const json meeting{{"meeting_date", today_},
                     {"title", "第二季度廉政风险会商会诊"},
                     {"minutes", "会商规划审批和公务接待环节的风险"},
                     {"attendee_ids", json::array({planning_head_})},
                     {"risk_point_ids", json::array({planning_point, office_point})},
                     {"decisions", json::array({"对规划方案评审开展专项复核", "修订公务接待管理办法"})}};

  // Field errors name the field; nothing is stored.
  json bad = meeting;
  bad["risk_point_ids"] = json::array({planning_point, 999999});
  auto r = as("shuji").post_json("/api/v1/risk/consultations", bad);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "risk_point_ids[1]") << r.body;
  bad = meeting;
  bad["meeting_date"] = "2026-13-40";
  r = as("shuji").post_json("/api/v1/risk/consultations", bad);
  EXPECT_EQ(r.json()["error"]["field"], "meeting_date") << r.body;
  bad = meeting;
  bad["decisions"] = json::array({"  "});
  r = as("shuji").post_json("/api/v1/risk/consultations", bad);
  EXPECT_EQ(r.json()["error"]["field"], "decisions[0]") << r.body;
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_consultations"), 0);

  // Who records: the discipline committee and the Party secretary; not heads, members, administrators.
  for (const std::string user : {"chuzhang", "banzi", "sysadmin", "secadmin", "auditor"})
    EXPECT_EQ(as(user).post_json("/api/v1/risk/consultations", meeting).status, 403) << user;
  r = as("jijian").post_json("/api/v1/risk/consultations", meeting);
  ASSERT_EQ(r.status, 200) << r.body;
  const json made = r.json()["data"];
  const int64_t id = made["id"].get<int64_t>();
  ASSERT_EQ(made["decisions"].size(), 2u);
  EXPECT_EQ(made["points"].size(), 2u);
  EXPECT_EQ(made["attendees"][0]["name"], "规划处长");
  const int64_t decision = made["decisions"][0]["id"].get<int64_t>();
  const std::string path = "/api/v1/risk/consultations/" + std::to_string(id);

  // Who reads: committee member sees the meeting but only the overseen department's point.
  r = as("banzi").get(path);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["data"]["points"].size(), 1u);
  EXPECT_EQ(r.json()["data"]["points"][0]["risk_point_id"], office_point);
  for (const std::string user : {"chuzhang", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get(path).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/risk/consultations").status, 403) << user;
  }
  EXPECT_EQ(as("shuji").get("/api/v1/risk/consultations/999999").status, 404);

  // Decision → task: the discipline member may record but not plan tasks (duty.manage).
  const json task_body{{"work_point_id", work_point_},
                       {"owner_department_id", b_.planning},
                       {"owner_person_id", planning_head_},
                       {"deadline_date", Date::parse(today_).value().add_days(30).to_string()}};
  const std::string to_task = path + "/decisions/" + std::to_string(decision) + "/task";
  EXPECT_EQ(as("jijian").post_json(to_task, task_body).status, 403);
  json no_wp = task_body;
  no_wp.erase("work_point_id");
  r = as("shuji").post_json(to_task, no_wp);
  EXPECT_EQ(r.json()["error"]["field"], "work_point_id") << r.body;
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM duty_tasks"), 0);
  r = as("shuji").post_json(to_task, task_body);
  ASSERT_EQ(r.status, 200) << r.body;
  const int64_t task = r.json()["data"]["task_id"].get<int64_t>();
  const json after = r.json()["data"]["decisions"][0];
  EXPECT_EQ(after["task"]["id"], task);
  EXPECT_EQ(after["task"]["title"], "对规划方案评审开展专项复核");
  EXPECT_EQ(after["task"]["department_name"], "规划处");
  EXPECT_EQ(r.json()["data"]["decision_tasks"], 1);
  // Twice is refused.
  EXPECT_EQ(as("shuji").post_json(to_task, task_body).status, 409);
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM duty_tasks"), 1);

  // The duty side: the owner department's head sees the task and where it came from.
  r = as("chuzhang").get("/api/v1/duty/tasks/" + std::to_string(task));
  ASSERT_EQ(r.status, 200) << r.body;
  const json t = r.json()["data"];
  EXPECT_EQ(t["source"]["kind"], "risk_consultation");
  EXPECT_EQ(t["source"]["meeting_id"], id);
  EXPECT_EQ(t["source"]["meeting_title"], "第二季度廉政风险会商会诊");
  // The office head does not see the planning task.
  EXPECT_EQ(as("bgszr").get("/api/v1/duty/tasks/" + std::to_string(task)).status, 404);
  // A duty meeting cannot be recorded with the consultation's kind.
  r = as("shuji").post_json("/api/v1/duty/meetings", {{"kind", "risk_consultation"}, {"meeting_date", today_},
                                                       {"title", "x"}, {"minutes", "y"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "kind");

  // The list of the year shows the counts.
  r = as("dangwei").get("/api/v1/risk/consultations?year=" + std::to_string(year_));
  ASSERT_EQ(r.status, 200) << r.body;
  const json list = r.json()["data"]["items"];
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["point_total"], 2);
  EXPECT_EQ(list[0]["decision_total"], 2);
  EXPECT_EQ(list[0]["decision_tasks"], 1);
}

TEST_P(RiskConsultTest, ANotExecutedItemBecomesARectificationTheDepartmentCloses) {
  save_list("chuzhang", b_.planning, {"不得违规调整规划指标", "不得接受管理服务对象宴请", "不得泄露规划信息"});
  save_list("bgszr", b_.office, {"不得超标准安排公务接待"});
  const std::string deadline = Date::parse(today_).value().add_days(20).to_string();
  const json check{{"department_id", b_.planning},
                   {"year", year_},
                   {"check_date", today_},
                   {"summary", "抽查 2026 年规划审批档案"},
                   {"results", json::array({{{"result", "executed"}},
                                            {{"result", "not_executed"}, {"note", "接受设计单位宴请 1 次"},
                                             {"owner_person_id", planning_head_}, {"deadline", deadline}},
                                            {{"result", "partial"}, {"note", "保密提醒未全覆盖"}}})}};
  // Field errors, each named; nothing stored.
  auto expect_field = [&](json body, const std::string& field) {
    auto r = as("shuji").post_json("/api/v1/risk/checks", body);
    EXPECT_EQ(r.status, 400) << field << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
  };
  json bad = check;
  bad["results"][1].erase("deadline");
  expect_field(bad, "results[1].deadline");
  bad = check;
  bad["results"][1].erase("owner_person_id");
  expect_field(bad, "results[1].owner_name");
  bad = check;
  bad["results"][2]["note"] = "";
  expect_field(bad, "results[2].note");
  bad = check;
  bad["results"][0]["result"] = "done";
  expect_field(bad, "results[0].result");
  bad = check;
  bad["results"].erase(2);
  expect_field(bad, "results");
  bad = check;
  bad["year"] = year_ - 1;  // no list that year
  expect_field(bad, "department_id");
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_checks"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_check_items"), 0);

  for (const std::string user : {"chuzhang", "banzi", "sysadmin", "secadmin", "auditor"})
    EXPECT_EQ(as(user).post_json("/api/v1/risk/checks", check).status, 403) << user;
  auto r = as("dangwei").post_json("/api/v1/risk/checks", check);
  ASSERT_EQ(r.status, 200) << r.body;
  const json made = r.json()["data"];
  const int64_t id = made["id"].get<int64_t>();
  EXPECT_EQ(made["not_executed"], 1);
  EXPECT_EQ(made["partial"], 1);
  EXPECT_EQ(made["executed"], 1);
  EXPECT_EQ(made["open_rectifications"], 1);
  ASSERT_EQ(made["items"].size(), 3u);
  EXPECT_EQ(made["items"][1]["item_text"], "不得接受管理服务对象宴请");
  EXPECT_EQ(made["items"][1]["rectify_state"], "open");
  EXPECT_EQ(made["items"][1]["owner_name"], "规划处长");
  EXPECT_EQ(made["items"][1]["deadline"], deadline);
  EXPECT_TRUE(made["items"][0]["rectify_state"].is_null());
  const int64_t item = made["items"][1]["id"].get<int64_t>();
  const std::string path = "/api/v1/risk/checks/" + std::to_string(id);

  // Who sees it: unit-wide roles and the planning head; the office head and the
  // committee member (overseeing the office) get the same 404 as for an absent check.
  for (const std::string user : {"shuji", "jijian", "dangwei", "chuzhang"}) {
    EXPECT_EQ(as(user).get(path).status, 200) << user;
    auto l = as(user).get("/api/v1/risk/checks");
    EXPECT_EQ(l.json()["data"]["items"].size(), 1u) << user;
  }
  const auto absent = as("bgszr").get("/api/v1/risk/checks/999999");
  for (const std::string user : {"bgszr", "banzi"}) {
    auto x = as(user).get(path);
    EXPECT_EQ(x.status, 404) << user;
    EXPECT_EQ(x.json(), absent.json()) << user;
    EXPECT_EQ(as(user).get("/api/v1/risk/checks").json()["data"]["items"].size(), 0u) << user;
  }
  for (const std::string user : kAdministrators) {
    EXPECT_EQ(as(user).get(path).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/risk/checks").status, 403) << user;
  }

  // The office head cannot close the planning item (it is not even visible); the planning head can.
  const std::string done = path + "/items/" + std::to_string(item) + "/rectified";
  EXPECT_EQ(as("bgszr").post_json(done, {{"note", "x"}}).status, 404);
  r = as("chuzhang").post_json(done, {{"note", ""}});
  EXPECT_EQ(r.json()["error"]["field"], "note") << r.body;
  r = as("chuzhang").post_json(done, {{"note", "已退回宴请费用并作出书面检查"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["data"]["items"][1]["rectify_state"], "done");
  EXPECT_EQ(r.json()["data"]["open_rectifications"], 0);
  EXPECT_EQ(as("chuzhang").post_json(done, {{"note", "again"}}).status, 409);
  // An executed item has nothing to close.
  const std::string first = path + "/items/" + made["items"][0]["id"].dump() + "/rectified";
  EXPECT_EQ(as("shuji").post_json(first, {{"note", "x"}}).status, 409);
}

TEST_P(RiskConsultTest, TheImportNamesEveryBadCellAndStoresNothingUntilAllAreRight) {
  const int64_t existing = add_point("chuzhang", b_.planning, "规划方案评审中接受设计单位请托");
  const int64_t office_point = add_point("bgszr", b_.office, "公务接待超标准");
  const int64_t points_before = stored("SELECT COUNT(*) AS n FROM risk_points");
  const int64_t reviews_before = stored("SELECT COUNT(*) AS n FROM risk_reviews");

  // The template: the data sheet first, its sample row, and the instructions sheet.
  auto t = as("chuzhang").get("/api/v1/risk/points/import/template");
  ASSERT_EQ(t.status, 200) << t.body;
  auto rows = spreadsheet::read_xlsx_rows(t.body, "template.xlsx");
  ASSERT_TRUE(rows.ok());
  ASSERT_GE(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].cells[0], "编号");
  EXPECT_EQ((*rows)[0].cells[3], "风险类别*");
  EXPECT_EQ((*rows)[1].cells[0], "示例");
  // A second worksheet (填写说明): the zip directory names it (entry names are stored plainly).
  EXPECT_NE(t.body.find("xl/worksheets/sheet2.xml"), std::string::npos);
  // The unchanged template imports nothing.
  auto p = upload("chuzhang", "preview", t.body);
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_TRUE(p.json()["data"]["valid"].get<bool>());
  EXPECT_EQ(p.json()["data"]["samples"], 1);
  EXPECT_EQ(p.json()["data"]["created"], 0);

  const std::vector<std::string> header = {"编号", "部门*", "岗位", "风险类别*", "风险点描述*", "可能性*", "影响程度*", "防控措施*", "责任人*"};
  auto s = [](const char* x) { return XlsxCell(std::string(x)); };
  const std::string bad_file = workbook(
      header, {{XlsxCell(existing), s("规划处"), s("审批岗"), s("鉴定评审"), s("规划方案评审中接受设计单位请托（修订）"), s("5"),
                s("4"), s("1. 评审专家随机抽取\n2. 评审全程录像"), s("张三\n李四")},
               {s(""), s("规划处"), s("不存在岗"), s("吃喝"), s("新风险点"), s("7"), s("3"), s("双人复核"), s("王五")},
               {XlsxCell(office_point), s("办公室"), s(""), s("公务接待"), s("改办公室的"), s("3"), s("3"), s("公示"), s("赵六")},
               {s(""), s("规划处"), s(""), s("会议管理"), s("会议费超标"), s("2"), s("2"), s("a\nb\nc"), s("甲\n乙")}});
  p = upload("chuzhang", "preview", bad_file);
  ASSERT_EQ(p.status, 200) << p.body;
  const json check = p.json()["data"];
  EXPECT_FALSE(check["valid"].get<bool>());
  std::map<std::string, std::string> cells;  // "row:column" → header
  for (const auto& e : check["errors"]) {
    cells[std::to_string(e["row"].get<int>()) + ":" + e["column"].get<std::string>()] = e["field"];
    EXPECT_EQ(e["sheet"], "风险点");
    EXPECT_FALSE(e["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(e["message_en"].get<std::string>().empty());
  }
  EXPECT_EQ(cells["3:C"], "岗位");
  EXPECT_EQ(cells["3:D"], "风险类别");
  EXPECT_EQ(cells["3:F"], "可能性");
  EXPECT_EQ(cells["4:A"], "编号");  // the office point is not the planning head's
  EXPECT_EQ(cells["4:B"], "部门");
  EXPECT_EQ(cells["5:I"], "责任人");
  EXPECT_EQ(check["errors"].size(), 6u) << check["errors"].dump();
  EXPECT_EQ(check["rows"][0]["action"], "update");
  EXPECT_EQ(check["rows"][0]["point_id"], existing);
  EXPECT_NE(check["rows"][0]["target"].get<std::string>().find("规划方案评审"), std::string::npos);
  EXPECT_EQ(check["rows"][1]["action"], "error");

  // The commit of the bad file is refused as a whole: nothing stored, not even row 2's update.
  auto c = upload("chuzhang", "commit", bad_file);
  EXPECT_EQ(c.status, 400) << c.body;
  EXPECT_EQ(c.json()["error"]["details"].size(), 6u);
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_points"), points_before);
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_reviews"), reviews_before);
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_points WHERE likelihood = 5"), 0);

  // A good file: one update, one new point, one row unchanged (as exported).
  const std::string good = workbook(
      header, {{XlsxCell(existing), s("规划处"), s("审批岗"), s("鉴定评审"), s("规划方案评审中接受设计单位请托（修订）"), s("5"),
                s("4"), s("1. 评审专家随机抽取\n2. 评审全程录像"), s("张三\n李四")},
               {s(""), s("GHC"), s(""), s("会议管理"), s("会议费超标"), s("2"), s("2"), s("会前审批"), s("王五")}});
  p = upload("chuzhang", "preview", good);
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_TRUE(p.json()["data"]["valid"].get<bool>()) << p.body;
  EXPECT_EQ(p.json()["data"]["rows"][1]["action"], "create");
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_points"), points_before);  // a preview stores nothing
  c = upload("chuzhang", "commit", good);
  ASSERT_EQ(c.status, 200) << c.body;
  EXPECT_EQ(c.json()["data"]["created"], 1);
  EXPECT_EQ(c.json()["data"]["updated"], 1);
  EXPECT_EQ(stored("SELECT COUNT(*) AS n FROM risk_points"), points_before + 1);
  auto point = as("shuji").get("/api/v1/risk/points/" + std::to_string(existing));
  const json pj = point.json()["data"];
  EXPECT_EQ(pj["likelihood"], 5);
  EXPECT_EQ(pj["status"], "submitted");
  EXPECT_EQ(pj["position_name"], "审批岗");
  ASSERT_EQ(pj["measures"].size(), 2u);
  EXPECT_EQ(pj["measures"][1]["measure"], "评审全程录像");
  EXPECT_EQ(pj["measures"][1]["owner_name"], "李四");

  // The export imports back unchanged.
  auto exported = as("chuzhang").get("/api/v1/risk/points/export");
  ASSERT_EQ(exported.status, 200);
  p = upload("chuzhang", "preview", exported.body);
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_TRUE(p.json()["data"]["valid"].get<bool>()) << p.body;
  EXPECT_EQ(p.json()["data"]["unchanged"], 2) << p.body;
  EXPECT_EQ(p.json()["data"]["created"], 0);

  // Only department heads import; the administrators reach nothing.
  for (const std::string user : {"shuji", "dangwei", "banzi", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(upload(user, "preview", good).status, 403) << user;
    EXPECT_EQ(upload(user, "commit", good).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/risk/points/import/template").status, 403) << user;
  }
  // A file without the required columns names them.
  p = upload("chuzhang", "preview", workbook({"部门", "说明"}, {{s("规划处"), s("x")}}));
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_FALSE(p.json()["data"]["valid"].get<bool>());
  EXPECT_EQ(p.json()["data"]["errors"].size(), 6u) << p.body;  // every required column but 部门
}

INSTANTIATE_TEST_SUITE_P(Both, RiskConsultTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
