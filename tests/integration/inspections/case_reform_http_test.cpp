// Case-driven reform (以案促改) through a real `qingfeng serve` (both databases): a notice
// from a closed clue only by someone who may see the clue (anyone else: the clue answers
// like an absent one), never from an open clue; the clue's reference shown only to
// readers who may see the clue, and neither its number nor its matter anywhere else
// (notice, ledger, audit); departments see the notices and items of their own
// department, their feedback and the committee's closure go through the ledger; staff
// and the three administrators get 403; a notice outside a reader's scope answers like
// an absent one; a notice from a typical case; bad input names the field, stores nothing.
#include <gtest/gtest.h>

#include "clue_served_fixture.h"

namespace qf {
namespace {

using nlohmann::json;

class CaseReformHttpTest : public testing::ClueServedTest {
 protected:
  std::string day(int n) { return Date::parse(today_).value().add_days(n).to_string(); }
  json reform_body(json source, std::vector<std::pair<int64_t, std::string>> departments) {
    json measures = json::array();
    for (const auto& [dept, problem] : departments)
      measures.push_back({{"owner_department_id", dept},
                          {"problem", problem},
                          {"measures", "建立项目验收双人复核和廉政风险提示制度"},
                          {"deadline", day(30)}});
    json b{{"title", "关于深化以案促改的通知"},
           {"summary", "某审批岗位人员在项目验收环节违规收受管理服务对象财物"},
           {"loopholes", "验收环节一人经办、缺少复核，廉政风险提示未落实"},
           {"measures", measures}};
    for (auto& [k, v] : source.items()) b[k] = v;
    return b;
  }
  std::string path(int64_t id) { return "/api/v1/inspections/case-reforms/" + std::to_string(id); }
  int64_t stored(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << sql;
    return r.ok() ? r->i64(0) : -1;
  }
  void close_clue(int64_t id) {
    // The clue's own closure (approvals, outcome) is tested with the clues; here only its state matters.
    auto lease = db().acquire();
    ASSERT_TRUE(lease->get().execute("UPDATE clues SET state = 'closed' WHERE id = ?", {id}).ok());
  }
};

TEST_P(CaseReformHttpTest, OnlyFromAClosedClueTheIssuerSeesAndTheClueStaysNeedToKnow) {
  json clue = assigned_clue();
  const int64_t clue_id = clue["id"];
  const std::string clue_number = clue["number"];
  json body = reform_body({{"clue_id", clue_id}}, {{b_.planning, "项目验收一人经办"}, {b_.office, "廉政风险提示未落实"}});

  auto open = as("shuji").post_json("/api/v1/inspections/case-reforms", body);
  ASSERT_EQ(open.status, 409) << open.body;
  EXPECT_EQ(open.json()["error"]["code"], "inspection.case_not_closed");
  close_clue(clue_id);

  // jijian2 holds inspection.manage but is not on the clue: it answers like an absent clue.
  auto hidden = as("jijian2").post_json("/api/v1/inspections/case-reforms", body);
  json absent_body = body;
  absent_body["clue_id"] = 999999;
  auto absent = as("jijian2").post_json("/api/v1/inspections/case-reforms", absent_body);
  ASSERT_EQ(hidden.status, 404) << hidden.body;
  EXPECT_EQ(hidden.body, absent.body);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM case_reforms"), 0);
  // jijian2's source list has no clue; jijian1's (the handler) has it.
  EXPECT_TRUE(as("jijian2").get("/api/v1/inspections/case-reforms/sources").json()["data"]["clues"].empty());
  EXPECT_EQ(as("jijian1").get("/api/v1/inspections/case-reforms/sources").json()["data"]["clues"][0]["number"],
            clue_number);

  auto issued = as("jijian1").post_json("/api/v1/inspections/case-reforms", body);
  ASSERT_EQ(issued.status, 200) << issued.body;
  const json f = issued.json()["data"];
  const int64_t id = f["id"];
  const std::string year = today_.substr(0, 4);
  EXPECT_EQ(f["number"], "〔" + year + "〕以案促改第1号");
  EXPECT_EQ(f["source"]["clue_number"], clue_number);
  ASSERT_EQ(f["items"].size(), 2u);
  EXPECT_EQ(f["items"][0]["state"], "rectifying");

  // The secretary and the handler see the reference; a member not on the clue and the
  // department head see the notice without it — and nowhere the clue's number or matter.
  EXPECT_EQ(as("shuji").get(path(id)).json()["data"]["source"]["clue_id"], clue_id);
  for (const char* user : {"jijian2", "chuzhang", "dangwei"}) {
    auto r = as(user).get(path(id));
    ASSERT_EQ(r.status, 200) << user << ": " << r.body;
    EXPECT_FALSE(r.json()["data"]["source"].contains("clue_id")) << user;
    EXPECT_EQ(r.body.find(clue_number), std::string::npos) << user;
    EXPECT_EQ(r.body.find("反映其在项目验收中收受礼金"), std::string::npos) << user;
    auto ledger = as(user).get("/api/v1/inspections/items?page_size=100");
    EXPECT_EQ(ledger.body.find(clue_number), std::string::npos) << user;
  }
  // The department head sees only 规划处's measure, and gives the feedback through the ledger.
  auto head = as("chuzhang").get(path(id)).json()["data"];
  ASSERT_EQ(head["items"].size(), 1u);
  EXPECT_EQ(head["items"][0]["department_name"], "规划处");
  const int64_t item = head["items"][0]["id"];
  auto report = as("chuzhang").post_json("/api/v1/inspections/items/" + std::to_string(item) + "/actions",
                                         {{"action", "report"},
                                          {"note", "已建立验收双人复核制度"},
                                          {"evidence", "《项目验收复核办法》（规划〔2026〕5号）"}});
  ASSERT_EQ(report.status, 200) << report.body;
  auto accept = as("shuji").post_json("/api/v1/inspections/items/" + std::to_string(item) + "/actions",
                                      {{"action", "accept"}, {"note", "核查属实"}});
  ASSERT_EQ(accept.status, 200) << accept.body;
  EXPECT_EQ(as("shuji").get(path(id)).json()["data"]["closed"], 1);

  // Audit: the notice's number and departments, never the clue's number.
  EXPECT_EQ(stored("SELECT COUNT(*) FROM audit_log WHERE action = 'inspection.case_reform.issue' AND success = 1"), 1);
  {
    auto lease = db().acquire();
    auto rows = lease->get().query("SELECT summary FROM audit_log WHERE action = 'inspection.case_reform.issue'");
    ASSERT_TRUE(rows.ok());
    for (const auto& r : *rows) EXPECT_EQ(r.text("summary").find(clue_number), std::string::npos) << r.text("summary");
  }

  // Staff and the three administrators: 403 everywhere.
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get("/api/v1/inspections/case-reforms").status, 403) << user;
    EXPECT_EQ(as(user).get(path(id)).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/inspections/case-reforms/sources").status, 403) << user;
    EXPECT_EQ(as(user).post_json("/api/v1/inspections/case-reforms", body).status, 403) << user;
  }
}

TEST_P(CaseReformHttpTest, ANoticeOutsideTheReadersDepartmentsAnswersLikeAnAbsentOne) {
  json clue = assigned_clue();
  close_clue(clue["id"]);
  auto r = as("shuji").post_json("/api/v1/inspections/case-reforms",
                                 reform_body({{"clue_id", clue["id"]}}, {{b_.office, "公文流转缺少廉政审查"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  const int64_t id = r.json()["data"]["id"];
  auto hidden = as("chuzhang").get(path(id));
  auto absent = as("chuzhang").get(path(999999));
  ASSERT_EQ(hidden.status, 404) << hidden.body;
  EXPECT_EQ(hidden.body, absent.body);
  EXPECT_EQ(as("chuzhang").get("/api/v1/inspections/case-reforms").json()["meta"]["total"], 0);
  EXPECT_EQ(as("dangwei").get("/api/v1/inspections/case-reforms").json()["meta"]["total"], 1);
}

TEST_P(CaseReformHttpTest, FromATypicalCaseAndBadInputNamesTheFieldAndStoresNothing) {
  auto kase = as("shuji").post_json("/api/v1/education/items", {{"kind", "case"},
                                                                 {"title", "某局原科长违规收受礼金问题"},
                                                                 {"category", "gifts"},
                                                                 {"lessons", "守住第一次"},
                                                                 {"published_on", today_},
                                                                 {"audience", {{"everyone", true}}}});
  ASSERT_EQ(kase.status, 200) << kase.body;
  const int64_t case_id = kase.json()["data"]["id"];
  auto notice = as("shuji").post_json("/api/v1/education/items", {{"kind", "notice"},
                                                                   {"title", "通报"},
                                                                   {"published_on", today_},
                                                                   {"audience", {{"everyone", true}}}});
  const int64_t notice_id = notice.json()["data"]["id"];

  auto refused = [&](json body, const std::string& field, int status = 400) {
    auto r = as("shuji").post_json("/api/v1/inspections/case-reforms", body);
    EXPECT_EQ(r.status, status) << body.dump() << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  };
  json ok = reform_body({{"education_item_id", case_id}}, {{b_.planning, "审批环节廉政风险提示未落实"}});
  refused(reform_body({}, {{b_.planning, "x"}}), "source");
  refused(reform_body({{"education_item_id", case_id}, {"clue_id", 5}}, {{b_.planning, "x"}}), "source");
  refused(reform_body({{"education_item_id", notice_id}}, {{b_.planning, "x"}}), "education_item_id");
  refused(reform_body({{"education_item_id", 999999}}, {{b_.planning, "x"}}), "education_item_id", 404);
  json no_summary = ok;
  no_summary["summary"] = "";
  refused(no_summary, "summary");
  json no_measures = ok;
  no_measures["measures"] = json::array();
  refused(no_measures, "measures");
  json bad_dept = reform_body({{"education_item_id", case_id}}, {{b_.planning, "a"}, {999999, "b"}});
  refused(bad_dept, "measures[1].owner_department_id");
  json past = ok;
  past["measures"][0]["deadline"] = day(-1);
  refused(past, "measures[0].deadline");
  json no_problem = ok;
  no_problem["measures"][0]["problem"] = "";
  refused(no_problem, "measures[0].problem");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM case_reforms"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM inspection_checks"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM rectification_items"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM case_reform_counters"), 0);
  // A check of kind case_reform cannot be planned as a special check.
  auto check = as("shuji").post_json("/api/v1/inspections/checks", {{"kind", "case_reform"},
                                                                      {"title", "x"},
                                                                      {"start_date", today_},
                                                                      {"end_date", day(10)},
                                                                      {"department_ids", json::array({b_.planning})}});
  ASSERT_EQ(check.status, 400) << check.body;
  EXPECT_EQ(check.json()["error"]["field"], "kind");

  auto r = as("shuji").post_json("/api/v1/inspections/case-reforms", ok);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["data"]["source"]["kind"], "typical_case");
  EXPECT_EQ(r.json()["data"]["source"]["education_item_id"], case_id);
  EXPECT_EQ(as("chuzhang").get("/api/v1/inspections/case-reforms").json()["meta"]["total"], 1);
}

INSTANTIATE_TEST_SUITE_P(Both, CaseReformHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
