// Figures of the year and the annual report through a real `qingfeng serve` (both
// databases). Records are inserted straight into the tables of the modules that own
// them, for a fixed year (2025) and the year before, so every expected figure is a
// count of rows this test wrote. Checks: figure values and last year's; department
// scope; "no data" (null, never 0) for a figure no module provides yet (training);
// drill-down only where the records may be seen (clue figures: 404 like an unknown
// figure); per role — discipline secretary, Party secretary, department head (own
// department only), staff and the three administrators (refused); the report's draft →
// final lifecycle with its refusals, figures frozen at finalisation, audited exports;
// the DOCX re-read with pugixml (styles, fonts, sizes, margins, grid, page numbers) and
// the XLSX's sheets.
#include <gtest/gtest.h>
#include <fmt/format.h>
#include <pugixml.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>

#include "domain/reports/zip_in_memory.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;
constexpr int64_t kT2025 = 1740000000000;  // 2025-02-19
constexpr int64_t kT2026 = 1780000000000;  // 2026-05-28

class AnnualHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    const int64_t head = orgtest::add_person(conn, b_, "3001", "规划处长", b_.planning);
    const int64_t clerk = orgtest::add_person(conn, b_, "3004", "职工甲", b_.planning);
    cadre_ = orgtest::add_person(conn, b_, "3005", "副处长", b_.planning);
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      testing::add_test_account(conn, user, {g}, person, "显示" + user);
    };
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("chuzhang", head, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("zhigong", clerk, {Role::kStaff, ScopeKind::kSelf, {}});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});

    // Clues: three received in 2025 (two approved for 谈话函询), two in 2024.
    int seq = 0;
    auto clue = [&](const std::string& received, const char* disposition, const char* approved, int64_t dept) {
      ++seq;
      auto id = conn.query_one(
          "INSERT INTO clues (number, number_year, number_seq, source, category, matter, received_date, state, "
          "disposition, disposition_stage_start_date, disposition_approved_date, created_at, updated_at) "
          "VALUES (?, ?, ?, 'petition', 'integrity', 'x', ?, ?, ?, ?, ?, 1, 1) RETURNING id",
          {"T" + std::to_string(seq), int64_t{std::stoi(received.substr(0, 4))}, int64_t{seq}, received,
           std::string(disposition ? "in_handling" : "registered"),
           disposition ? store::Value{std::string(disposition)} : store::Value{nullptr}, received,
           approved ? store::Value{std::string(approved)} : store::Value{nullptr}});
      ASSERT_TRUE(id.ok()) << id.error().to_string();
      ASSERT_TRUE(conn.execute("INSERT INTO clue_persons (clue_id, ord, name, department_id) VALUES (?, 1, '某', ?)",
                               {id->i64("id"), dept})
                      .ok());
    };
    clue("2025-02-01", "talk_or_inquiry", "2025-02-20", b_.planning);
    clue("2025-03-01", "talk_or_inquiry", "2025-03-20", b_.office);
    clue("2025-11-01", nullptr, nullptr, b_.office);
    clue("2024-05-01", nullptr, nullptr, b_.office);
    clue("2024-06-01", nullptr, nullptr, b_.planning);
    // Talks: one 诫勉谈话 in 2025 with two people; one 提醒谈话 in 2024 with one.
    auto talk = [&](const char* kind, const char* date, int people) {
      auto t = conn.query_one(
          "INSERT INTO integrity_talks (kind, talk_date, talker_name, created_at, updated_at) VALUES (?, ?, '纪委', 1, 1) "
          "RETURNING id",
          {std::string(kind), std::string(date)});
      ASSERT_TRUE(t.ok()) << t.error().to_string();
      for (int i = 0; i < people; ++i)
        ASSERT_TRUE(conn.execute("INSERT INTO talk_participants (talk_id, name, department_id, sort_order) VALUES (?, ?, ?, ?)",
                                 {t->i64("id"), "对象" + std::to_string(i), b_.planning, int64_t{i}})
                        .ok());
    };
    talk("admonishment", "2025-06-01", 2);
    talk("reminder", "2024-06-01", 1);
    // Duty: two work points of 2025 with three tasks (one done), one of 2026.
    auto point = [&](int year, const char* title, int order) {
      auto r = conn.query_one("INSERT INTO duty_work_points (year, sort_order, title, created_at, updated_at) "
                              "VALUES (?, ?, ?, 1, 1) RETURNING id",
                              {int64_t{year}, int64_t{order}, std::string(title)});
      EXPECT_TRUE(r.ok());
      return r.ok() ? r->i64("id") : 0;
    };
    const int64_t p1 = point(2025, "压实管党治党责任", 1);
    const int64_t p2 = point(2025, "深化风险防控", 2);
    point(2026, "强化政治监督", 1);
    point(2026, "深化作风建设", 2);
    auto task = [&](int64_t p, const char* title, int64_t dept, const char* status) {
      ASSERT_TRUE(conn.execute("INSERT INTO duty_tasks (work_point_id, title, owner_department_id, deadline_date, status, "
                               "created_at, updated_at) VALUES (?, ?, ?, '2025-12-31', ?, 1, 1)",
                               {p, std::string(title), dept, std::string(status)})
                      .ok());
    };
    task(p1, "召开专题会议", b_.planning, "done");
    task(p1, "签订责任书", b_.planning, "in_progress");
    task(p2, "排查风险点", b_.office, "not_started");
    // Inspections: a 2025 check over 规划处 with two items (one closed, one of 办公室).
    auto check = conn.query_one(
        "INSERT INTO inspection_checks (number, year, seq, kind, title, start_date, end_date, created_at, updated_at) "
        "VALUES ('〔2025〕专项检查第1号', 2025, 1, 'conduct_year', '作风建设年专项检查', '2025-04-01', '2025-04-30', 1, 1) "
        "RETURNING id");
    ASSERT_TRUE(check.ok()) << check.error().to_string();
    ASSERT_TRUE(conn.execute("INSERT INTO inspection_check_departments (check_id, department_id) VALUES (?, ?)",
                             {check->i64("id"), b_.planning})
                    .ok());
    auto item = [&](int s, int64_t dept, const char* state, const char* closed_on) {
      ASSERT_TRUE(conn.execute("INSERT INTO rectification_items (check_id, seq, finding, owner_department_id, deadline, "
                               "state, closed_on, created_at, updated_at) VALUES (?, ?, '会议费附件不全', ?, '2025-06-30', ?, ?, 1, 1)",
                               {check->i64("id"), int64_t{s}, dept, std::string(state),
                                closed_on ? store::Value{std::string(closed_on)} : store::Value{nullptr}})
                      .ok());
    };
    item(1, b_.planning, "closed", "2025-06-01");
    item(2, b_.office, "rectifying", nullptr);
    // Risk points: two of 规划处 registered in 2025 (一级, 二级), one of 办公室 in 2026.
    auto risk = [&](int64_t dept, int level, int64_t at) {
      ASSERT_TRUE(conn.execute("INSERT INTO risk_points (department_id, category, description, likelihood, impact, level, "
                               "status, created_at, updated_at) VALUES (?, 'appraisal', '评审走过场', 3, 3, ?, 'approved', ?, ?)",
                               {dept, int64_t{level}, at, at})
                      .ok());
    };
    risk(b_.planning, 1, kT2025);
    risk(b_.planning, 2, kT2025);
    risk(b_.office, 1, kT2026);
    // Reports: one received in 2025.
    ASSERT_TRUE(conn.execute("INSERT INTO reports (uid, register_number, number_year, number_seq, channel, real_name, status, "
                             "received_date, matter_sealed, created_at, updated_at) VALUES ('u1', 'R1', 2025, 1, 'letter', 0, "
                             "'received', '2025-07-01', ?, 1, 1)",
                             {store::Blob{"sealed"}})
                    .ok());
    // Declarations: one submitted for 2025, one draft (not counted).
    for (const char* status : {"submitted", "draft"}) {
      const bool submitted = std::string(status) == "submitted";
      ASSERT_TRUE(conn.execute("INSERT INTO declarations (person_id, report_year, kind, form_revision, status, created_by, "
                               "created_at, updated_at, submitted_at) VALUES (?, 2025, ?, '2023', ?, 1, 1, 1, ?)",
                               {cadre_, std::string(submitted ? "annual" : "change"), std::string(status),
                                submitted ? store::Value{kT2025} : store::Value{nullptr}})
                      .ok());
    }
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  // code → figure object.
  std::map<std::string, json> figures(const std::string& user, const std::string& query = "year=2025") {
    auto r = as(user).get("/api/v1/annual/figures?" + query);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body << (r.status == 500 ? server_->output() : std::string());
    std::map<std::string, json> out;
    const json body = r.json();
    for (const auto& f : body["data"]["figures"]) out[f["code"].get<std::string>()] = f;
    return out;
  }

  orgtest::Bureau b_;
  int64_t cadre_ = 0;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(AnnualHttpTest, FiguresEqualTheRecordsWithLastYearBeside) {
  auto f = figures("shuji");
  auto value = [&](const std::string& code) { return f.at(code)["value"]; };
  auto previous = [&](const std::string& code) { return f.at(code)["previous"]; };
  EXPECT_EQ(value("clues.received"), 3);
  EXPECT_EQ(previous("clues.received"), 2);
  EXPECT_EQ(value("clues.disposed"), 2);
  EXPECT_EQ(value("clues.disposition.talk_or_inquiry"), 2);
  EXPECT_EQ(previous("clues.disposed"), 0);
  EXPECT_EQ(value("talks.total"), 1);
  EXPECT_EQ(value("talks.people"), 2);
  EXPECT_EQ(value("talks.admonishment"), 2);
  EXPECT_EQ(previous("talks.reminder"), 1);
  EXPECT_EQ(value("duty.work_points"), 2);
  EXPECT_EQ(value("duty.tasks"), 3);
  EXPECT_EQ(value("duty.tasks_done"), 1);
  EXPECT_EQ(previous("duty.tasks"), 0);
  EXPECT_EQ(value("inspections.checks"), 1);
  EXPECT_EQ(value("inspections.items"), 2);
  EXPECT_EQ(value("inspections.items_closed"), 1);
  EXPECT_EQ(value("risk.points"), 2);       // the 2026 point is not yet there at the end of 2025
  EXPECT_EQ(value("risk.points_high"), 1);
  EXPECT_EQ(previous("risk.points"), 0);
  EXPECT_EQ(value("reports.received"), 1);
  EXPECT_EQ(value("declarations.submitted"), 1);
  // Each figure has its definition, unit and labels beside it.
  for (const auto& [code, fig] : f) {
    EXPECT_FALSE(fig["definition_zh"].get<std::string>().empty()) << code;
    EXPECT_FALSE(fig["definition_en"].get<std::string>().empty()) << code;
    EXPECT_FALSE(fig["unit_zh"].get<std::string>().empty()) << code;
  }
  // The next year counts the 2026 risk point and the 2025 ones.
  EXPECT_EQ(figures("shuji", "year=2026").at("risk.points")["value"], 3);
  EXPECT_EQ(figures("shuji", "year=2026").at("risk.points")["previous"], 2);
}

// The figure the report expected from training is now provided by it (training's own
// tests count passes: tests/integration/education/training_http_test.cpp): a count, 0
// with no pass recorded — never "no data" — with the records for training.manage.
TEST_P(AnnualHttpTest, TheTrainingFigureIsProvidedByTrainingNotNoData) {
  auto f = figures("shuji");
  const char* code = "education.training_completed";
  ASSERT_TRUE(f.count(code)) << code;
  EXPECT_EQ(f[code]["value"], 0) << f[code].dump();
  EXPECT_EQ(f[code]["previous"], 0) << f[code].dump();
  EXPECT_TRUE(f[code]["drill"].get<bool>());  // the discipline secretary holds training.manage
}

// The education figures count the education module's records: a count (0 with no study
// recorded, not "no data"), for the bureau and for a department (see
// RecordFiguresCountTheirRecordsWithDrillDownDepartmentScopeAndMonths).
TEST_P(AnnualHttpTest, EducationFiguresComeFromTheEducationModule) {
  auto f = figures("shuji");
  for (const char* code : {"education.study_sessions", "education.lead_study", "education.warning_notices",
                           "education.typical_cases", "education.warning_films", "risk.consultations",
                           "inspections.eight_rules_findings"}) {
    ASSERT_TRUE(f.count(code)) << code;
    EXPECT_EQ(f[code]["value"], 0) << code << ": " << f[code].dump();
  }
  auto d = figures("shuji", "department_id=" + std::to_string(b_.planning));
  EXPECT_EQ(d.at("education.study_sessions")["value"], 0);
}

TEST_P(AnnualHttpTest, ADepartmentScopeCountsThatDepartmentsRecordsOnly) {
  auto f = figures("shuji", "year=2025&department_id=" + std::to_string(b_.planning));
  EXPECT_EQ(f.at("duty.tasks")["value"], 2);
  EXPECT_EQ(f.at("inspections.items")["value"], 1);
  EXPECT_EQ(f.at("inspections.checks")["value"], 1);
  EXPECT_EQ(f.at("risk.points")["value"], 2);
  EXPECT_EQ(f.at("clues.received")["value"], 1);
  EXPECT_EQ(f.at("clues.received")["previous"], 1);
  EXPECT_EQ(f.at("declarations.submitted")["value"], 1);
  // Reports carry no department: not applicable, never 0.
  EXPECT_TRUE(f.at("reports.received")["value"].is_null());
  auto office = figures("shuji", "year=2025&department_id=" + std::to_string(b_.office));
  EXPECT_EQ(office.at("duty.tasks")["value"], 1);
  EXPECT_EQ(office.at("inspections.checks")["value"], 0);  // the check did not cover 办公室
  EXPECT_EQ(office.at("declarations.submitted")["value"], 0);
  auto bad = as("shuji").get("/api/v1/annual/figures?year=20x5");
  ASSERT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "year");
}

TEST_P(AnnualHttpTest, DrillDownOnlyWhereTheRecordsMayBeSeen) {
  auto r = as("shuji").get("/api/v1/annual/figures/duty.tasks/records?year=2025");
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json();
  ASSERT_EQ(body["data"]["rows"].size(), 3u);
  EXPECT_EQ(body["data"]["rows"][0]["title"], "召开专题会议");
  EXPECT_EQ(body["data"]["rows"][0]["status"], "已完成");
  auto items = as("shuji").get("/api/v1/annual/figures/inspections.items_closed/records?year=2025");
  ASSERT_EQ(items.status, 200);
  ASSERT_EQ(items.json()["data"]["rows"].size(), 1u);
  EXPECT_EQ(items.json()["data"]["rows"][0]["ref"], "〔2025〕专项检查第1号-1");
  // Clue figures are aggregates: their records answer exactly like an unknown figure.
  auto clue = as("shuji").get("/api/v1/annual/figures/clues.received/records?year=2025");
  auto unknown = as("shuji").get("/api/v1/annual/figures/no.such/records?year=2025");
  EXPECT_EQ(clue.status, 404);
  EXPECT_EQ(clue.body, unknown.body);
  EXPECT_FALSE(figures("shuji").at("clues.received")["drill"].get<bool>());
  EXPECT_TRUE(figures("shuji").at("duty.tasks")["drill"].get<bool>());
}

TEST_P(AnnualHttpTest, EachRoleSeesWhatItMayAndTheAdministratorsNothing) {
  // The Party secretary sees the clue and talk counts (clue.stats) too.
  auto party = figures("dangwei");
  EXPECT_EQ(party.at("clues.received")["value"], 3);
  EXPECT_EQ(party.at("talks.admonishment")["value"], 2);
  // The department head: no clue, talk, report or declaration figures; own department only.
  auto head = figures("chuzhang");
  for (const auto& [code, fig] : head) {
    EXPECT_NE(code.rfind("clues.", 0), 0u) << code;
    EXPECT_NE(code.rfind("talks.", 0), 0u) << code;
    EXPECT_NE(code.rfind("forms.", 0), 0u) << code;
    EXPECT_NE(code, "reports.received");
    EXPECT_NE(code, "declarations.submitted");
  }
  EXPECT_EQ(head.at("duty.tasks")["value"], 2);
  EXPECT_EQ(head.at("inspections.items")["value"], 1);
  auto other = as("chuzhang").get("/api/v1/annual/figures?year=2025&department_id=" + std::to_string(b_.office));
  EXPECT_EQ(other.status, 400) << other.body;
  EXPECT_EQ(other.json()["error"]["field"], "department_id");
  auto records = as("chuzhang").get("/api/v1/annual/figures/duty.tasks/records?year=2025");
  ASSERT_EQ(records.status, 200) << records.body;
  EXPECT_EQ(records.json()["data"]["rows"].size(), 2u);
  EXPECT_EQ(as("chuzhang").get("/api/v1/annual/reports").status, 403);
  // Staff and the three administrators: refused everywhere.
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}});
  ASSERT_EQ(made.status, 200) << made.body;
  const std::string id = std::to_string(made.json()["data"]["id"].get<int64_t>());
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get("/api/v1/annual/figures?year=2025").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/annual/figures/duty.tasks/records?year=2025").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/annual/figures/export?year=2025").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/annual/reports").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/annual/reports/" + id).status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/annual/reports/" + id + "/export?format=docx").status, 403) << user;
    EXPECT_EQ(as(user).post_json("/api/v1/annual/reports", {{"year", 2024}}).status, 403) << user;
  }
  // The Party secretary reads the report but does not edit it.
  EXPECT_EQ(as("dangwei").get("/api/v1/annual/reports/" + id).status, 200);
  EXPECT_EQ(as("dangwei").post_json("/api/v1/annual/reports/" + id + "/finalize", {{"version", 1}}).status, 403);
  // An absent report answers 404.
  EXPECT_EQ(as("shuji").get("/api/v1/annual/reports/99999").status, 404);
}

TEST_P(AnnualHttpTest, ADraftIsEditedThenFinalisedNumberedAndFrozen) {
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}});
  ASSERT_EQ(made.status, 200) << made.body;
  json report = made.json()["data"];
  const std::string id = std::to_string(report["id"].get<int64_t>());
  EXPECT_EQ(report["status"], "draft");
  const std::string filled = report["filled"];
  EXPECT_NE(filled.find("2025年共收到问题线索3个，处置问题线索2个"), std::string::npos) << filled;
  EXPECT_NE(filled.find("对2人进行诫勉谈话"), std::string::npos) << filled;
  EXPECT_NE(filled.find("理论中心组学习0次"), std::string::npos) << filled;  // the education module counts
  EXPECT_NE(filled.find("（一）强化政治监督。"), std::string::npos) << filled;  // 2026's work points in 三
  EXPECT_NE(filled.find("三、2026年工作任务"), std::string::npos) << filled;
  // A second draft of the same year is refused.
  auto twice = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.error_code(), "annual.draft_exists");
  // An unknown field is refused naming the body; nothing is stored.
  json edit{{"title", "2025年度党风廉政建设工作报告"}, {"unit_name", "测试局"}, {"issue_date", "2026-01-20"},
            {"body", "一、成绩\n共收到线索{{clues.recieved}}个。"}, {"version", report["version"]}};
  auto bad = as("shuji").put_json("/api/v1/annual/reports/" + id, edit);
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "body");
  EXPECT_NE(bad.json()["error"]["message_zh"].get<std::string>().find("clues.recieved"), std::string::npos);
  EXPECT_FALSE(bad.json()["error"]["message_en"].get<std::string>().empty());
  EXPECT_EQ(as("shuji").get("/api/v1/annual/reports/" + id).json()["data"]["version"], report["version"]);
  edit["body"] = "一、成绩\n（一）执纪问责。共收到线索{{clues.received}}个，上年{{clues.received.previous}}个。\n二、问题\n三、任务";
  auto saved = as("shuji").put_json("/api/v1/annual/reports/" + id, edit);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["data"]["filled"], "一、成绩\n（一）执纪问责。共收到线索3个，上年2个。\n二、问题\n三、任务");
  EXPECT_EQ(saved.json()["data"]["paragraphs"][1]["level"], 2);
  EXPECT_EQ(saved.json()["data"]["paragraphs"][1]["heading"], "（一）执纪问责。");
  // A stale version is refused.
  EXPECT_EQ(as("shuji").put_json("/api/v1/annual/reports/" + id, edit).status, 409);
  const int64_t version = saved.json()["data"]["version"];
  auto final = as("shuji").post_json("/api/v1/annual/reports/" + id + "/finalize", {{"version", version}});
  ASSERT_EQ(final.status, 200) << final.body;
  EXPECT_EQ(final.json()["data"]["status"], "final");
  EXPECT_EQ(final.json()["data"]["number"], "〔2025〕年度报告第1号");
  // Final is archived: no more edits; its figures stay as they were when finalised.
  edit["version"] = final.json()["data"]["version"];
  EXPECT_EQ(as("shuji").put_json("/api/v1/annual/reports/" + id, edit).error_code(), "annual.final_readonly");
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    ASSERT_TRUE(lease->get()
                    .execute("INSERT INTO clues (number, number_year, number_seq, source, category, matter, received_date, "
                             "state, disposition_stage_start_date, created_at, updated_at) VALUES ('T99', 2025, 99, "
                             "'petition', 'integrity', 'x', '2025-12-01', 'registered', '2025-12-01', 1, 1)")
                    .ok());
  }
  EXPECT_EQ(figures("shuji").at("clues.received")["value"], 4);
  EXPECT_EQ(as("shuji").get("/api/v1/annual/reports/" + id).json()["data"]["filled"],
            "一、成绩\n（一）执纪问责。共收到线索3个，上年2个。\n二、问题\n三、任务");
  // The year's next draft is numbered after it.
  auto next = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}});
  ASSERT_EQ(next.status, 200) << next.body;
  const std::string id2 = std::to_string(next.json()["data"]["id"].get<int64_t>());
  auto final2 = as("shuji").post_json("/api/v1/annual/reports/" + id2 + "/finalize",
                                      {{"version", next.json()["data"]["version"]}});
  ASSERT_EQ(final2.status, 200) << final2.body;
  EXPECT_EQ(final2.json()["data"]["number"], "〔2025〕年度报告第2号");
  EXPECT_EQ(audit_count("annual.report.create"), 2);
  EXPECT_EQ(audit_count("annual.report.update"), 1);
  EXPECT_EQ(audit_count("annual.report.finalize"), 2);
}

std::string attr_of(const pugi::xml_document& doc, const char* xpath, const char* attr) {
  auto n = doc.select_node(xpath);
  return n ? n.node().attribute(attr).value() : std::string("<missing ") + xpath + ">";
}

TEST_P(AnnualHttpTest, TheDocxHasTheOfficialDocumentLayoutAndEveryExportIsAudited) {
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}, {"unit_name", "测试局"},
                                                                {"issue_date", "2026-01-20"}});
  ASSERT_EQ(made.status, 200) << made.body;
  const std::string id = std::to_string(made.json()["data"]["id"].get<int64_t>());
  auto r = as("dangwei").get("/api/v1/annual/reports/" + id + "/export?format=docx");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.header("Content-Type").find("wordprocessingml"), std::string::npos);
  auto zip = reports::read_zip(r.body, 50'000'000);
  ASSERT_TRUE(zip.has_value());
  std::map<std::string, std::string> parts;
  for (auto& e : *zip) parts[e.name] = e.content;
  for (const char* p : {"[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/settings.xml",
                        "word/footer1.xml", "word/footer2.xml"})
    ASSERT_TRUE(parts.count(p)) << p;
  pugi::xml_document doc, styles, settings, odd, even;
  ASSERT_TRUE(doc.load_string(parts["word/document.xml"].c_str()));
  ASSERT_TRUE(styles.load_string(parts["word/styles.xml"].c_str()));
  ASSERT_TRUE(settings.load_string(parts["word/settings.xml"].c_str()));
  ASSERT_TRUE(odd.load_string(parts["word/footer1.xml"].c_str()));
  ASSERT_TRUE(even.load_string(parts["word/footer2.xml"].c_str()));
  // A4, margins 37/35/28/26 mm in twentieths of a point, 22 lines of 28 pt.
  EXPECT_EQ(attr_of(doc, "//w:sectPr/w:pgSz", "w:w"), "11906");
  EXPECT_EQ(attr_of(doc, "//w:sectPr/w:pgSz", "w:h"), "16838");
  EXPECT_EQ(attr_of(doc, "//w:sectPr/w:pgMar", "w:top"), "2098");
  EXPECT_EQ(attr_of(doc, "//w:sectPr/w:pgMar", "w:bottom"), "1984");
  EXPECT_EQ(attr_of(doc, "//w:sectPr/w:pgMar", "w:left"), "1587");
  EXPECT_EQ(attr_of(doc, "//w:sectPr/w:pgMar", "w:right"), "1474");
  EXPECT_EQ(attr_of(doc, "//w:sectPr/w:docGrid", "w:linePitch"), "560");
  const double type_height = 16838 - 2098 - 1984;
  EXPECT_EQ(static_cast<int>(type_height / 560), 22);
  // Styles: title 方正小标宋简体 二号; body 仿宋_GB2312 三号 exactly 28 pt; headings.
  auto font = [&](const char* style) {
    return attr_of(styles, (std::string("//w:style[@w:styleId='") + style + "']/w:rPr/w:rFonts").c_str(), "w:eastAsia");
  };
  auto size = [&](const char* style) {
    return attr_of(styles, (std::string("//w:style[@w:styleId='") + style + "']/w:rPr/w:sz").c_str(), "w:val");
  };
  EXPECT_EQ(font("Title"), "方正小标宋简体");
  EXPECT_EQ(size("Title"), "44");
  EXPECT_EQ(font("Normal"), "仿宋_GB2312");
  EXPECT_EQ(size("Normal"), "32");
  EXPECT_EQ(attr_of(styles, "//w:style[@w:styleId='Normal']/w:pPr/w:spacing", "w:line"), "560");
  EXPECT_EQ(attr_of(styles, "//w:style[@w:styleId='Normal']/w:pPr/w:spacing", "w:lineRule"), "exact");
  EXPECT_EQ(font("Heading1"), "黑体");
  EXPECT_EQ(font("Heading2Char"), "楷体_GB2312");
  EXPECT_EQ(font("Heading3"), "仿宋_GB2312");
  EXPECT_EQ(font("Heading4"), "仿宋_GB2312");
  EXPECT_EQ(font("Footer"), "宋体");
  EXPECT_EQ(size("Footer"), "28");
  // Page numbers "— n —" outside: odd pages right, even pages left.
  EXPECT_TRUE(settings.select_node("//w:evenAndOddHeaders"));
  for (auto* f : {&odd, &even}) {
    std::string text;
    for (auto t : f->select_nodes("//w:t")) text += t.node().text().get();
    EXPECT_EQ(text, "— 1 —");
    EXPECT_NE(std::string(f->select_node("//w:instrText").node().text().get()).find("PAGE"), std::string::npos);
  }
  EXPECT_EQ(attr_of(odd, "//w:jc", "w:val"), "right");
  EXPECT_EQ(attr_of(even, "//w:jc", "w:val"), "left");
  // The title, the headings in their styles, the figures, the unit and date at the end.
  std::vector<std::pair<std::string, std::string>> paras;  // style, text
  for (auto p : doc.select_nodes("//w:body/w:p")) {
    std::string text;
    for (auto t : p.node().select_nodes(".//w:t")) text += t.node().text().get();
    paras.emplace_back(p.node().select_node("w:pPr/w:pStyle").node().attribute("w:val").value(), text);
  }
  ASSERT_GT(paras.size(), 16u);
  // 版头 of a draft (the built-in template's): the mark, two blank lines, "草稿" where the
  // number goes, two blank lines, the title (the final version's header: below).
  EXPECT_EQ(paras[0].first, "OrganMark");
  EXPECT_EQ(paras[0].second, "测试市自然资源局文件");
  EXPECT_EQ(paras[3].first, "DocNumber");
  EXPECT_EQ(paras[3].second, "草稿");
  for (size_t i : {1u, 2u, 4u, 5u}) EXPECT_EQ(paras[i].second, "") << i;
  EXPECT_EQ(paras[6].first, "Title");
  EXPECT_EQ(paras[6].second, "关于2025年度党风廉政建设工作情况的报告");
  EXPECT_EQ(paras[8].first, "Heading1");
  EXPECT_EQ(paras[8].second, "一、2025年党风廉政建设取得积极进展");
  bool found_figures = false, found_h2 = false;
  for (const auto& [style, text] : paras) {
    if (text.find("2025年共收到问题线索3个，处置问题线索2个") != std::string::npos) found_figures = true;
    if (style == "Heading2" && text.rfind("（一）", 0) == 0) found_h2 = true;
  }
  EXPECT_TRUE(found_figures);
  EXPECT_TRUE(found_h2);
  // The signature, then the 版记 (no 抄送 in the built-in template: the 印发 line only).
  EXPECT_EQ(paras[paras.size() - 3].first, "Signature");
  EXPECT_EQ(paras[paras.size() - 3].second, "测试局");
  EXPECT_EQ(paras[paras.size() - 2].second, "2026年1月20日");
  EXPECT_EQ(paras.back().first, "RecordBlock");
  EXPECT_EQ(paras.back().second, "测试市自然资源局办公室2026年1月20日印发");
  EXPECT_EQ(audit_count("annual.report.export"), 1);
  // XLSX of the same figures: one sheet per section the caller may see; audited too.
  auto x = as("shuji").get("/api/v1/annual/reports/" + id + "/export?format=xlsx");
  ASSERT_EQ(x.status, 200) << x.body;
  auto xz = reports::read_zip(x.body, 50'000'000);
  ASSERT_TRUE(xz.has_value());
  int sheets = 0;
  std::string shared;
  for (auto& e : *xz) {
    if (e.name.rfind("xl/worksheets/sheet", 0) == 0) ++sheets;
    if (e.name == "xl/sharedStrings.xml") shared = e.content;
  }
  EXPECT_EQ(sheets, 9);  // the seven before, approvals and co-construction
  EXPECT_NE(shared.find("收到问题线索"), std::string::npos);
  // The training figure, provided by training since, is a count (no "暂无数据" left for the bureau).
  EXPECT_NE(shared.find("新入职和年轻干部廉政培训结业"), std::string::npos);
  EXPECT_EQ(audit_count("annual.report.export"), 2);
  auto fx = as("chuzhang").get("/api/v1/annual/figures/export?year=2025");
  ASSERT_EQ(fx.status, 200) << fx.body;
  auto fz = reports::read_zip(fx.body, 50'000'000);
  ASSERT_TRUE(fz.has_value());
  std::string fshared;
  for (auto& e : *fz)
    if (e.name == "xl/sharedStrings.xml") fshared = e.content;
  EXPECT_EQ(fshared.find("收到问题线索"), std::string::npos);  // the department head sees no clue figure
  EXPECT_EQ(audit_count("annual.figures.export"), 1);
  auto pdf = as("shuji").get("/api/v1/annual/reports/" + id + "/export?format=odt");  // not a format
  EXPECT_EQ(pdf.status, 400);
  EXPECT_EQ(pdf.json()["error"]["field"], "format");
}

// ---- per-role dashboards -------------------------------------------------------------

// code → series object of the dashboard (all charts).
std::map<std::string, json> series_of(const json& data) {
  std::map<std::string, json> out;
  for (const auto& ch : data["charts"])
    for (const auto& s : ch["series"]) out[s["code"].get<std::string>()] = s;
  return out;
}
std::vector<int64_t> months_of(const json& s) {
  std::vector<int64_t> out;
  for (const auto& v : s["months"]) out.push_back(v.is_null() ? -1 : v.get<int64_t>());
  return out;
}
std::vector<int64_t> month_vector(std::initializer_list<std::pair<int, int64_t>> set) {
  std::vector<int64_t> v(12, 0);
  for (auto [m, n] : set) v[static_cast<size_t>(m - 1)] = n;
  return v;
}

TEST_P(AnnualHttpTest, TheDisciplineSecretarysDashboardBucketsTheRecordsByMonthAndYear) {
  auto r = as("shuji").get("/api/v1/annual/dashboard?year=2025");
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json();
  const json& d = body["data"];
  EXPECT_EQ(d["role"], "discipline_secretary");
  EXPECT_EQ(d["years"], json::array({2021, 2022, 2023, 2024, 2025}));
  auto s = series_of(d);
  // Clues received 2025-02-01, 03-01, 11-01; two approved for 谈话函询 on 02-20 and 03-20.
  EXPECT_EQ(months_of(s.at("clues.received")), month_vector({{2, 1}, {3, 1}, {11, 1}}));
  EXPECT_EQ(s.at("clues.received")["total"], 3);
  EXPECT_EQ(s.at("clues.received")["years"], json::array({0, 0, 0, 2, 3}));
  EXPECT_EQ(months_of(s.at("clues.disposed")), month_vector({{2, 1}, {3, 1}}));
  EXPECT_EQ(months_of(s.at("reports.received")), month_vector({{7, 1}}));
  EXPECT_EQ(months_of(s.at("talks.total")), month_vector({{6, 1}}));
  EXPECT_EQ(months_of(s.at("talks.people")), month_vector({{6, 2}}));
  EXPECT_EQ(s.at("talks.people")["years"], json::array({0, 0, 0, 1, 2}));
  // Items: deadlines 2025-06-30; the closed one closed on 2025-06-01.
  EXPECT_EQ(months_of(s.at("inspections.items")), month_vector({{6, 2}}));
  EXPECT_EQ(months_of(s.at("inspections.items_closed")), month_vector({{6, 1}}));
  EXPECT_EQ(s.count("forms.first"), 1u);
  EXPECT_EQ(s.count("duty.tasks"), 0u);  // not on this dashboard
  // The twelve months and what falls in none add up to the year's figure, for every series.
  for (const auto& [code, ser] : s) {
    if (!ser["monthly"].get<bool>()) continue;
    int64_t sum = 0;
    for (auto v : months_of(ser)) sum += v;
    EXPECT_EQ(sum + ser["outside"].get<int64_t>(), ser["total"].get<int64_t>()) << code;
    EXPECT_EQ(ser["years"].back(), ser["total"]) << code;
  }
}

TEST_P(AnnualHttpTest, ThePartySecretarysDashboardShowsTrendsAndWhatNoMonthHolds) {
  auto r = as("dangwei").get("/api/v1/annual/dashboard?year=2025");
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json();
  EXPECT_EQ(body["data"]["role"], "party_secretary");
  auto s = series_of(body["data"]);
  // Three tasks with deadline 2025-12-31; the one done has no done date: in no month.
  EXPECT_EQ(months_of(s.at("duty.tasks")), month_vector({{12, 3}}));
  EXPECT_EQ(months_of(s.at("duty.tasks_done")), month_vector({}));
  EXPECT_EQ(s.at("duty.tasks_done")["outside"], 1);
  EXPECT_EQ(s.at("duty.tasks_done")["total"], 1);
  EXPECT_EQ(months_of(s.at("inspections.checks")), month_vector({{4, 1}}));
  EXPECT_EQ(s.at("clues.received")["total"], 3);  // the Party secretary holds clue.stats
  // Risk points are a stock (registered by the year's end): by year only, no months.
  EXPECT_FALSE(s.at("risk.points")["monthly"].get<bool>());
  EXPECT_TRUE(s.at("risk.points")["months"].empty());
  EXPECT_EQ(s.at("risk.points")["years"], json::array({0, 0, 0, 0, 2}));
  EXPECT_EQ(s.count("reports.received"), 0u);
  // The dashboard of another role is refused, naming the parameter.
  auto other = as("dangwei").get("/api/v1/annual/dashboard?year=2025&role=discipline_secretary");
  EXPECT_EQ(other.status, 400);
  EXPECT_EQ(other.json()["error"]["field"], "role");
}

TEST_P(AnnualHttpTest, TheDepartmentHeadsDashboardHoldsTheirDepartmentOnlyAndAdministratorsGetNothing) {
  auto r = as("chuzhang").get("/api/v1/annual/dashboard?year=2025");
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json();
  EXPECT_EQ(body["data"]["role"], "dept_head");
  EXPECT_EQ(body["data"]["roles"].size(), 1u);
  auto s = series_of(body["data"]);
  for (const auto& [code, ser] : s) {
    EXPECT_NE(code.rfind("clues.", 0), 0u) << code;
    EXPECT_NE(code.rfind("talks.", 0), 0u) << code;
    EXPECT_NE(code.rfind("forms.", 0), 0u) << code;
    EXPECT_NE(code, "reports.received");
  }
  EXPECT_EQ(r.body.find("clues."), std::string::npos);
  EXPECT_EQ(months_of(s.at("duty.tasks")), month_vector({{12, 2}}));  // 规划处's two tasks, not 办公室's
  EXPECT_EQ(months_of(s.at("inspections.items")), month_vector({{6, 1}}));
  EXPECT_EQ(s.at("risk.points")["years"], json::array({0, 0, 0, 0, 2}));
  auto other = as("chuzhang").get("/api/v1/annual/dashboard?year=2025&department_id=" + std::to_string(b_.office));
  EXPECT_EQ(other.status, 400);
  EXPECT_EQ(other.json()["error"]["field"], "department_id");
  auto role = as("chuzhang").get("/api/v1/annual/dashboard?year=2025&role=party_secretary");
  EXPECT_EQ(role.status, 400);
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get("/api/v1/annual/dashboard?year=2025").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/annual/dashboard/export?year=2025").status, 403) << user;
  }
  EXPECT_EQ(audit_count("annual.dashboard.export"), 0);
}

// The rows of a worksheet as text (shared strings resolved).
std::vector<std::vector<std::string>> sheet_rows(const std::string& sheet_xml, const std::vector<std::string>& shared) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(sheet_xml.c_str()));
  std::vector<std::vector<std::string>> out;
  for (auto row : doc.select_nodes("//*[local-name()='row']")) {
    std::vector<std::string> cells;
    for (auto c : row.node().select_nodes("*[local-name()='c']")) {
      std::string v = c.node().select_node("*[local-name()='v']").node().text().get();
      if (std::string(c.node().attribute("t").value()) == "s" && !v.empty()) v = shared.at(std::stoul(v));
      if (std::string(c.node().attribute("t").value()) == "inlineStr")
        v = c.node().select_node(".//*[local-name()='t']").node().text().get();
      // Placed by its reference (B4 → column 1): empty cells may be left out.
      std::string ref = c.node().attribute("r").value();
      size_t col = 0;
      for (char ch : ref) {
        if (ch < 'A' || ch > 'Z') break;
        col = col * 26 + static_cast<size_t>(ch - 'A' + 1);
      }
      if (col == 0) col = cells.size() + 1;
      if (cells.size() < col) cells.resize(col);
      cells[col - 1] = v;
    }
    out.push_back(cells);
  }
  return out;
}

TEST_P(AnnualHttpTest, TheDashboardExportsAsALedgerWorkbookWithTotalsAndIsAudited) {
  auto x = as("shuji").get("/api/v1/annual/dashboard/export?year=2025");
  ASSERT_EQ(x.status, 200) << x.body;
  auto z = reports::read_zip(x.body, 50'000'000);
  ASSERT_TRUE(z.has_value());
  std::map<std::string, std::string> files;
  for (auto& e : *z) files[e.name] = e.content;
  std::vector<std::string> shared;
  {
    pugi::xml_document sd;
    ASSERT_TRUE(sd.load_string(files["xl/sharedStrings.xml"].c_str()));
    for (auto si : sd.select_nodes("//*[local-name()='si']")) {
      std::string t;
      for (auto tn : si.node().select_nodes(".//*[local-name()='t']")) t += tn.node().text().get();
      shared.push_back(t);
    }
  }
  // The first sheet: 问题线索与信访举报 by month, in the ledger layout.
  auto rows = sheet_rows(files["xl/worksheets/sheet1.xml"], shared);
  ASSERT_GE(rows.size(), 16u);
  EXPECT_NE(rows[0][0].find("纪委书记工作看板·问题线索与信访举报（2025年按月）"), std::string::npos) << rows[0][0];
  EXPECT_NE(rows[1][0].find("年度 2025"), std::string::npos) << rows[1][0];
  EXPECT_EQ(rows[2][0], "序号");
  EXPECT_EQ(rows[2][1], "月份");
  EXPECT_EQ(rows[2][2], "收到问题线索（个）");
  EXPECT_EQ(rows[4][1], "2025年2月");
  EXPECT_EQ(rows[4][2], "1");
  bool found_total = false;
  for (const auto& row : rows) {
    if (row.size() < 5 || row[1] != "合计") continue;
    EXPECT_EQ(row[0], "");  // no 序号 on the 合计 row
    found_total = true;
    EXPECT_EQ(row[2], "3");  // clues received in 2025
    EXPECT_EQ(row[3], "2");  // disposed
    EXPECT_EQ(row[4], "1");  // reports received
  }
  EXPECT_TRUE(found_total);
  int sheets = 0;
  for (const auto& [name, content] : files)
    if (name.rfind("xl/worksheets/sheet", 0) == 0) ++sheets;
  EXPECT_EQ(sheets, 8);  // four charts, each by month and by year
  EXPECT_EQ(audit_count("annual.dashboard.export"), 1);
  // The department head's workbook holds no clue figure.
  auto h = as("chuzhang").get("/api/v1/annual/dashboard/export?year=2025");
  ASSERT_EQ(h.status, 200);
  auto hz = reports::read_zip(h.body, 50'000'000);
  ASSERT_TRUE(hz.has_value());
  for (auto& e : *hz)
    if (e.name == "xl/sharedStrings.xml") EXPECT_EQ(e.content.find("问题线索"), std::string::npos);
  EXPECT_EQ(audit_count("annual.dashboard.export"), 2);
}

// ---- the PDF (GB/T 9704), checked with poppler-utils ---------------------------------

// Runs a command; answers its exit code and standard output.
std::pair<int, std::string> run_cmd(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return {-1, out};
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int st = ::pclose(p);
  return {WIFEXITED(st) ? WEXITSTATUS(st) : -1, out};
}
size_t utf8_chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
bool all_cjk(const std::string& s) {  // every character three bytes (CJK and its punctuation)
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xF0) != 0xE0) return false;
    i += 3;
  }
  return !s.empty();
}

struct PdfLine {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::string text;
};
// The lines of every page, as pdftotext -bbox-layout places them (points, from the top left).
std::vector<PdfLine> pdf_lines(const std::string& file) {
  auto [rc, html] = run_cmd("pdftotext -bbox-layout '" + file + "' - 2>/dev/null");
  EXPECT_EQ(rc, 0) << "pdftotext (poppler-utils, scripts/install-deps.sh) must be installed";
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(html.c_str())) << html.substr(0, 300);
  std::vector<PdfLine> out;
  int page = 0;
  for (auto pg : doc.select_nodes("//*[local-name()='page']")) {
    ++page;
    for (auto ln : pg.node().select_nodes(".//*[local-name()='line']")) {
      PdfLine l;
      l.page = page;
      l.x0 = ln.node().attribute("xMin").as_double();
      l.y0 = ln.node().attribute("yMin").as_double();
      l.x1 = ln.node().attribute("xMax").as_double();
      l.y1 = ln.node().attribute("yMax").as_double();
      for (auto w : ln.node().select_nodes("*[local-name()='word']")) l.text += w.node().text().get();
      out.push_back(l);
    }
  }
  return out;
}

TEST_P(AnnualHttpTest, ThePdfHasTheOfficialDocumentLayoutWithEmbeddedFreeFonts) {
  constexpr double mm = 72.0 / 25.4;
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}, {"unit_name", "测试局"},
                                                                {"issue_date", "2026-01-20"}});
  ASSERT_EQ(made.status, 200) << made.body;
  const std::string id = std::to_string(made.json()["data"]["id"].get<int64_t>());
  const int64_t audited = audit_count("annual.report.export");
  auto r = as("dangwei").get("/api/v1/annual/reports/" + id + "/export?format=pdf");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("Content-Type"), "application/pdf");
  ASSERT_EQ(r.body.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(audit_count("annual.report.export"), audited + 1);
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("qf-annual-pdf-" + std::to_string(::getpid()) + "-" + std::to_string(static_cast<int>(GetParam())));
  fs::create_directories(dir);
  const std::string file = (dir / "report.pdf").string();
  std::ofstream(file, std::ios::binary) << r.body;

  // Page size A4, more than one page (the template of the demo bureau is longer than 22 lines).
  auto [irc, info] = run_cmd("pdfinfo '" + file + "'");
  ASSERT_EQ(irc, 0) << "pdfinfo (poppler-utils) must be installed";
  EXPECT_TRUE(std::regex_search(info, std::regex("Page size:\\s+595\\.276 x 841\\.89 pts \\(A4\\)"))) << info;
  std::smatch pm;
  ASSERT_TRUE(std::regex_search(info, pm, std::regex("Pages:\\s+(\\d+)")));
  const int pages = std::stoi(pm[1]);
  EXPECT_GE(pages, 2);
  EXPECT_TRUE(std::regex_search(info, std::regex("Title:\\s+关于2025年度党风廉政建设工作情况的报告"))) << info;
  // Every font embedded; the free substitutes of the standard fonts.
  auto [frc, fonts] = run_cmd("pdffonts '" + file + "'");
  ASSERT_EQ(frc, 0);
  int font_rows = 0;
  std::istringstream fl(fonts);
  std::string row;
  while (std::getline(fl, row)) {
    if (row.find('+') == std::string::npos) continue;  // subset fonts: ABCDEF+Name
    ++font_rows;
    EXPECT_NE(row.find(" yes yes "), std::string::npos) << "not embedded as a subset: " << row;
  }
  EXPECT_GE(font_rows, 4) << fonts;
  for (const char* name : {"NotoSerifCJKsc-Bold", "NotoSansCJKsc-Regular", "UMingCN", "UKaiCN", "NotoSerifCJKsc-Regular"})
    EXPECT_NE(fonts.find(name), std::string::npos) << name << "\n" << fonts;

  auto lines = pdf_lines(file);
  ASSERT_FALSE(lines.empty());
  // The 版头 first (a draft: "草稿" where the number goes; the final version's header is
  // checked below), then the title, centred in the type area; the figures equal the records.
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "测试市自然资源局文件");
  EXPECT_EQ(lines[1].text, "草稿");
  EXPECT_EQ(lines[2].text, "关于2025年度党风廉政建设工作情况的报告");
  EXPECT_NEAR((lines[2].x0 + lines[2].x1) / 2, (28 + 78) * mm, 2.0);
  const int title_line = static_cast<int>(std::lround((((lines[2].y0 + lines[2].y1) / 2) - (37 * mm + 14)) / 28));
  std::string all;
  for (const auto& l : lines) all += l.text;
  EXPECT_NE(all.find("2025年共收到问题线索3个，处置问题线索2个"), std::string::npos) << all.substr(0, 2000);
  EXPECT_NE(all.find("一、2025年党风廉政建设取得积极进展"), std::string::npos);
  // Page numbers "— n —": under the type area, odd pages right, even pages left, one character in.
  std::map<int, std::vector<PdfLine>> body;
  std::vector<PdfLine> record;  // the 版记 at the foot of the last page
  for (size_t i = 0; i < lines.size(); ++i) {
    const PdfLine& l = lines[i];
    if (i == 0) continue;  // the organ mark: not on the grid (35 mm under the type area's top)
    // (the grid's last line is centred 37 mm + 21.5 × 28 pt down; the 印发 row 14 pt over
    // the type area's bottom edge, 262 mm)
    if (l.text.rfind("抄送：", 0) == 0 || ((l.y0 + l.y1) / 2 > 37 * mm + 21 * 28 + 21 && l.y0 < (297 - 35) * mm)) {
      record.push_back(l);
      continue;
    }
    if (l.y0 > (297 - 35) * mm) {
      EXPECT_EQ(l.text, fmt::format("—{}—", l.page)) << "page " << l.page;
      EXPECT_LT(l.y0, (297 - 35 + 7) * mm) << "page " << l.page;  // (its ink top is checked on the image)
      if (l.page % 2 == 1) EXPECT_NEAR(l.x1, (210 - 26) * mm - 14, 2.0) << "page " << l.page;
      else EXPECT_NEAR(l.x0, 28 * mm + 14, 2.0) << "page " << l.page;
      continue;
    }
    body[l.page].push_back(l);
  }
  ASSERT_EQ(static_cast<int>(body.size()), pages);
  auto [trc, text] = run_cmd("pdftotext '" + file + "' -");
  ASSERT_EQ(trc, 0);
  for (int p = 1; p <= pages; ++p)
    EXPECT_NE(text.find(fmt::format("— {} —", p)), std::string::npos) << "page number " << p;
  // The type area: margins 37 / 35 / 28 / 26 mm (within 1.5 pt), 22 lines of 28 pt on every
  // full page, 28 characters on a full line.
  size_t widest_cjk = 0;
  for (const auto& [page, ls] : body) {
    double left = 1e9, right = 0;
    for (const auto& l : ls) {
      left = std::min(left, l.x0);
      right = std::max(right, l.x1);
      // Lines sit on the grid: their centres 28 pt apart from the first line's.
      const double k = (((l.y0 + l.y1) / 2) - (37 * mm + 14)) / 28;
      EXPECT_NEAR(k, std::round(k), 0.1) << "page " << page << " line " << l.text;
      if (all_cjk(l.text)) widest_cjk = std::max(widest_cjk, utf8_chars(l.text));
    }
    // (Line boxes are the fonts' ascent to descent; the ink is checked on the image below.)
    if (page > 1)
      EXPECT_NEAR((ls.front().y0 + ls.front().y1) / 2, 37 * mm + 14, 2.0) << "page " << page << ": the first grid line";
    EXPECT_LE((ls.back().y0 + ls.back().y1) / 2, 37 * mm + 21 * 28 + 14 + 2.0) << "page " << page;
    EXPECT_NEAR(left, 28 * mm, 1.5) << "page " << page;
    EXPECT_LE(right, (210 - 26) * mm + 1.5) << "page " << page;
    if (page < pages) {
      // Every grid line of a full page holds text here, but for the blank line under the title.
      // Page 1: the number's line, then from the title on (the blank line under it excepted).
      EXPECT_EQ(ls.size(), page == 1 ? static_cast<size_t>(1 + 22 - title_line - 1) : 22u) << "page " << page;
      EXPECT_NEAR(right, (210 - 26) * mm, 1.5) << "page " << page;
      EXPECT_NEAR((ls.back().y0 + ls.back().y1) / 2, 37 * mm + 21 * 28 + 14, 2.0) << "page " << page << ": the 22nd line";
    }
  }
  EXPECT_EQ(widest_cjk, 28u);
  // The issuing unit and the date close the last page, right, four characters in.
  const auto& last = body[pages];
  ASSERT_GE(last.size(), 2u);
  EXPECT_EQ(last[last.size() - 2].text, "测试局");
  EXPECT_EQ(last.back().text, "2026年1月20日");
  EXPECT_NEAR(last.back().x1, (210 - 26) * mm - 4 * (156 * mm / 28), 2.0);
  // The 版记: the 印发 line alone (no 抄送 in the built-in template), its row ending on the
  // type area's bottom edge.
  ASSERT_EQ(record.size(), 2u);  // the printer at the left, the date at the right
  std::sort(record.begin(), record.end(), [](const PdfLine& a, const PdfLine& b) { return a.x0 < b.x0; });
  for (const auto& l : record) {
    EXPECT_EQ(l.page, pages);
    EXPECT_NEAR((l.y0 + l.y1) / 2, (297 - 35) * mm - 14, 2.0) << l.text;
  }
  EXPECT_EQ(record[0].text, "测试市自然资源局办公室");
  EXPECT_NEAR(record[0].x0, 28 * mm + 14, 2.0);  // one 四号 character in
  EXPECT_EQ(record[1].text, "2026年1月20日印发");
  EXPECT_NEAR(record[1].x1, (210 - 26) * mm - 14, 2.0);

  // Rendered to an image (72 dpi, grey): no ink outside the type area but the page number.
  auto [rrc, _] = run_cmd("pdftoppm -gray -r 72 -f 1 -l 1 '" + file + "' '" + (dir / "p").string() + "'");
  ASSERT_EQ(rrc, 0) << "pdftoppm (poppler-utils) must be installed";
  fs::path pgm;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".pgm") pgm = e.path();
  ASSERT_FALSE(pgm.empty());
  std::ifstream img(pgm, std::ios::binary);
  std::string magic;
  int w = 0, h = 0, maxv = 0;
  img >> magic >> w >> h >> maxv;
  img.get();
  ASSERT_EQ(magic, "P5");
  EXPECT_NEAR(w, 595, 1);  // 595.28 × 841.89 pt at 72 dpi
  EXPECT_NEAR(h, 842, 1);
  std::string px((std::istreambuf_iterator<char>(img)), {});
  ASSERT_EQ(px.size(), static_cast<size_t>(w) * h);
  int ink_top = h, ink_left = w, ink_right = 0, ink_bottom = 0, ink_rows_below = 0, number_top = h, number_right = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      if (static_cast<unsigned char>(px[static_cast<size_t>(y) * w + x]) > 128) continue;
      if (y > (297 - 35) * mm + 2) {
        ++ink_rows_below;  // the page number
        number_top = std::min(number_top, y);
        number_right = std::max(number_right, x);
        continue;
      }
      ink_top = std::min(ink_top, y);
      ink_bottom = std::max(ink_bottom, y);
      ink_left = std::min(ink_left, x);
      ink_right = std::max(ink_right, x);
    }
  EXPECT_GE(ink_top, static_cast<int>(37 * mm) - 1);
  EXPECT_LE(ink_bottom, static_cast<int>((297 - 35) * mm) + 2);
  EXPECT_GE(ink_left, static_cast<int>(28 * mm) - 1);
  EXPECT_LE(ink_right, static_cast<int>((210 - 26) * mm) + 1);
  EXPECT_GT(ink_rows_below, 0);
  // The page number's digits begin 7 mm under the type area; page 1 (odd): right, one character in.
  EXPECT_NEAR(number_top, (297 - 35 + 7) * mm, 2.0);
  EXPECT_NEAR(number_right, (210 - 26) * mm - 14, 2.5);
  if (!std::getenv("QF_KEEP_TEST_FILES")) fs::remove_all(dir);
}

// ---- the bureau-wide template and the official-document header (版头, 版记) -----------

TEST_P(AnnualHttpTest, TheTemplateIsStoredOnceEditedByTheCommitteeAndNewReportsStartFromIt) {
  // Before anyone saves it: the built-in default (version 0), readable by the report readers.
  auto got = as("dangwei").get("/api/v1/annual/template");
  ASSERT_EQ(got.status, 200) << got.body;
  json tpl = got.json()["data"];
  EXPECT_EQ(tpl["version"], 0);
  EXPECT_EQ(tpl["stored"], false);
  EXPECT_EQ(tpl["organ_mark"], "测试市自然资源局文件");
  for (const char* who : {"chuzhang", "zhigong", "sysadmin", "secadmin", "auditor"})
    EXPECT_EQ(as(who).get("/api/v1/annual/template").status, 403) << who;
  json edit{{"title", "关于{{year}}年度全面从严治党和党风廉政建设情况的报告"},
            {"body", "一、总体情况\n全年收到问题线索{{clues.received}}个，集体廉政谈话{{talks.collective_sessions}}次。\n二、下一步"},
            {"organ_mark", "中共测试局纪律检查委员会文件"}, {"number_prefix", "测纪"},
            {"copy_to", "局党委各委员"}, {"printer", "测试局纪委办公室"}, {"version", 0}};
  // Only the discipline committee edits it; the administrators and readers are refused.
  for (const char* who : {"dangwei", "chuzhang", "sysadmin", "secadmin", "auditor"})
    EXPECT_EQ(as(who).put_json("/api/v1/annual/template", edit).status, 403) << who;
  // Bad input names the field; nothing is stored.
  auto bad = [&](const char* field, json value, const char* code = "annual.invalid") {
    json e = edit;
    e[field] = std::move(value);
    auto r = as("shuji").put_json("/api/v1/annual/template", e);
    EXPECT_EQ(r.status, 400) << field << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_EQ(r.json()["error"]["code"], code) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  };
  bad("number_prefix", "测纪〔2025〕");
  bad("number_prefix", "");
  bad("organ_mark", "");
  bad("printer", "");
  bad("body", "共{{clues.recieved}}个", "annual.unknown_field");
  bad("title", "{{clues.received}}", "annual.unknown_field");
  EXPECT_EQ(as("shuji").get("/api/v1/annual/template").json()["data"]["version"], 0);
  auto saved = as("shuji").put_json("/api/v1/annual/template", edit);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["data"]["version"], 1);
  EXPECT_EQ(saved.json()["data"]["stored"], true);
  EXPECT_EQ(as("shuji").put_json("/api/v1/annual/template", edit).error_code(), "annual.stale_version");
  EXPECT_EQ(audit_count("annual.template.update"), 1);

  // A new report starts from it: title (year filled), body and header copied.
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}, {"issue_date", "2026-01-20"}});
  ASSERT_EQ(made.status, 200) << made.body;
  json report = made.json()["data"];
  const std::string id = std::to_string(report["id"].get<int64_t>());
  EXPECT_EQ(report["title"], "关于2025年度全面从严治党和党风廉政建设情况的报告");
  EXPECT_EQ(report["body"], edit["body"]);
  EXPECT_EQ(report["filled"], "一、总体情况\n全年收到问题线索3个，集体廉政谈话（暂无数据）次。\n二、下一步");
  EXPECT_EQ(report["organ_mark"], "中共测试局纪律检查委员会文件");
  EXPECT_EQ(report["number_prefix"], "测纪");
  EXPECT_EQ(report["doc_number"], "");
  // Edits of the report stay on the report; the template is unchanged.
  json redit{{"title", report["title"]}, {"unit_name", report["unit_name"]}, {"issue_date", "2026-01-20"},
             {"body", "一、本报告自己的正文"}, {"organ_mark", "中共测试局纪律检查委员会文件"}, {"number_prefix", "测纪"},
             {"copy_to", "局党委各委员，各党支部"}, {"printer", "测试局纪委办公室"}, {"version", report["version"]}};
  json badr = redit;
  badr["number_prefix"] = "测纪12";
  auto rb = as("shuji").put_json("/api/v1/annual/reports/" + id, badr);
  EXPECT_EQ(rb.status, 400);
  EXPECT_EQ(rb.json()["error"]["field"], "number_prefix");
  auto rs = as("shuji").put_json("/api/v1/annual/reports/" + id, redit);
  ASSERT_EQ(rs.status, 200) << rs.body;
  EXPECT_EQ(rs.json()["data"]["copy_to"], "局党委各委员，各党支部");
  auto t2 = as("shuji").get("/api/v1/annual/template").json()["data"];
  EXPECT_EQ(t2["body"], edit["body"]);
  EXPECT_EQ(t2["copy_to"], "局党委各委员");
  // A later template edit does not reach the existing report.
  json edit2 = edit;
  edit2["version"] = 1;
  edit2["organ_mark"] = "测试局文件";
  ASSERT_EQ(as("shuji").put_json("/api/v1/annual/template", edit2).status, 200);
  EXPECT_EQ(as("shuji").get("/api/v1/annual/reports/" + id).json()["data"]["organ_mark"], "中共测试局纪律检查委员会文件");
  // Finalising gives the 发文字号 from the year's sequence: prefix〔year〕n号 (no 第, no zeros).
  auto fin = as("shuji").post_json("/api/v1/annual/reports/" + id + "/finalize",
                                   {{"version", rs.json()["data"]["version"]}});
  ASSERT_EQ(fin.status, 200) << fin.body;
  EXPECT_EQ(fin.json()["data"]["number"], "〔2025〕年度报告第1号");
  EXPECT_EQ(fin.json()["data"]["doc_number"], "测纪〔2025〕1号");
  auto next = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}});
  ASSERT_EQ(next.status, 200);
  EXPECT_EQ(next.json()["data"]["organ_mark"], "测试局文件");
  auto fin2 = as("shuji").post_json("/api/v1/annual/reports/" + std::to_string(next.json()["data"]["id"].get<int64_t>()) +
                                        "/finalize",
                                    {{"version", next.json()["data"]["version"]}});
  ASSERT_EQ(fin2.status, 200);
  EXPECT_EQ(fin2.json()["data"]["doc_number"], "测纪〔2025〕2号");
}

// The final version's PDF and DOCX carry the 版头 with its number and the 版记.
TEST_P(AnnualHttpTest, TheFinalVersionHasTheRedHeaderWithItsNumberAndTheRecordBlock) {
  constexpr double mm = 72.0 / 25.4;
  json edit{{"title", "关于{{year}}年度党风廉政建设工作情况的报告"}, {"body", std::string()},
            {"organ_mark", "中共测试局纪律检查委员会文件"}, {"number_prefix", "测纪"},
            {"copy_to", "局党委各委员，各党支部"}, {"printer", "测试局纪委办公室"}, {"version", 0}};
  edit["body"] = as("shuji").get("/api/v1/annual/template").json()["data"]["body"];
  ASSERT_EQ(as("shuji").put_json("/api/v1/annual/template", edit).status, 200);
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}, {"unit_name", "测试局"},
                                                                {"issue_date", "2026-01-20"}});
  ASSERT_EQ(made.status, 200) << made.body;
  const std::string id = std::to_string(made.json()["data"]["id"].get<int64_t>());
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() /
                       ("qf-annual-head-" + std::to_string(::getpid()) + "-" + std::to_string(static_cast<int>(GetParam())));
  fs::create_directories(dir);
  auto save = [&](const std::string& name, const std::string& bytes) {
    const std::string f = (dir / name).string();
    std::ofstream(f, std::ios::binary) << bytes;
    return f;
  };
  // The draft: no number anywhere in the document, "草稿" where it goes.
  auto dpdf = as("shuji").get("/api/v1/annual/reports/" + id + "/export?format=pdf");
  ASSERT_EQ(dpdf.status, 200) << dpdf.body;
  auto dlines = pdf_lines(save("draft.pdf", dpdf.body));
  ASSERT_GE(dlines.size(), 3u);
  EXPECT_EQ(dlines[1].text, "草稿");
  for (const auto& l : dlines) EXPECT_EQ(l.text.find("〔2025〕"), std::string::npos) << l.text;

  auto fin = as("shuji").post_json("/api/v1/annual/reports/" + id + "/finalize",
                                   {{"version", made.json()["data"]["version"]}});
  ASSERT_EQ(fin.status, 200) << fin.body;
  ASSERT_EQ(fin.json()["data"]["doc_number"], "测纪〔2025〕1号");
  auto r = as("dangwei").get("/api/v1/annual/reports/" + id + "/export?format=pdf");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string file = save("final.pdf", r.body);
  auto lines = pdf_lines(file);
  ASSERT_GE(lines.size(), 3u);
  // The mark, the number, the title: in that order, each centred in the type area.
  EXPECT_EQ(lines[0].text, "中共测试局纪律检查委员会文件");
  EXPECT_EQ(lines[1].text, "测纪〔2025〕1号");
  EXPECT_EQ(lines[2].text, "关于2025年度党风廉政建设工作情况的报告");
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(lines[i].page, 1);
    EXPECT_NEAR((lines[i].x0 + lines[i].x1) / 2, (28 + 78) * mm, 2.0) << lines[i].text;
  }
  EXPECT_GT(lines[0].y0, 37 * mm);  // under the top margin
  EXPECT_LT(lines[0].y1, lines[1].y0);
  EXPECT_LT(lines[1].y1, lines[2].y0);
  // The number two blank lines under the mark, on the body grid.
  const double k = (((lines[1].y0 + lines[1].y1) / 2) - (37 * mm + 14)) / 28;
  EXPECT_NEAR(k, std::round(k), 0.1);
  EXPECT_GE(lines[1].y0 - lines[0].y1, 2 * 28 - 12);

  // Page 1 rendered in colour (144 dpi): the red ink is the mark and the rule.
  const double px_pt = 72.0 / 144;
  auto [rrc, _] = run_cmd("pdftoppm -r 144 -f 1 -l 1 '" + file + "' '" + (dir / "c").string() + "'");
  ASSERT_EQ(rrc, 0) << "pdftoppm (poppler-utils) must be installed";
  fs::path ppm;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".ppm") ppm = e.path();
  ASSERT_FALSE(ppm.empty());
  std::ifstream img(ppm, std::ios::binary);
  std::string magic;
  int w = 0, h = 0, maxv = 0;
  img >> magic >> w >> h >> maxv;
  img.get();
  ASSERT_EQ(magic, "P6");
  std::string px((std::istreambuf_iterator<char>(img)), {});
  ASSERT_EQ(px.size(), static_cast<size_t>(w) * h * 3);
  auto at = [&](int x, int y, int c) { return static_cast<unsigned char>(px[(static_cast<size_t>(y) * w + x) * 3 + c]); };
  auto red = [&](int x, int y) { return at(x, y, 0) > 180 && at(x, y, 1) < 110 && at(x, y, 2) < 110; };
  auto dark = [&](int x, int y) { return at(x, y, 0) < 110 && at(x, y, 1) < 110 && at(x, y, 2) < 110; };
  int red_top = h, rule_top = -1, rule_bottom = -1, rule_left = w, rule_right = 0;
  for (int y = 0; y < h; ++y) {
    int run = 0, left = w, right = 0;
    for (int x = 0; x < w; ++x)
      if (red(x, y)) {
        ++run;
        left = std::min(left, x);
        right = std::max(right, x);
        red_top = std::min(red_top, y);
      }
    if (run > 0.9 * 156 * mm / px_pt) {  // a red row across the type area: the rule
      if (rule_top < 0) rule_top = y;
      rule_bottom = y;
      rule_left = std::min(rule_left, left);
      rule_right = std::max(rule_right, right);
    }
  }
  ASSERT_GE(rule_top, 0) << "no red rule on page 1";
  const double rule_y = (rule_top + rule_bottom + 1) / 2.0 * px_pt;
  // The mark's red ink begins 35 mm under the type area's top (37 mm): at 72 mm.
  EXPECT_NEAR(red_top * px_pt, (37 + 35) * mm, 1.5);
  // The rule: as wide as the type area, 4 mm under the number's ink, above the title.
  EXPECT_NEAR(rule_left * px_pt, 28 * mm, 1.5);
  EXPECT_NEAR((rule_right + 1) * px_pt, (210 - 26) * mm, 1.5);
  int number_bottom = -1;
  for (int y = static_cast<int>(lines[1].y0 / px_pt); y < rule_top; ++y)
    for (int x = 0; x < w; ++x)
      if (dark(x, y)) number_bottom = y;
  ASSERT_GT(number_bottom, 0);
  EXPECT_NEAR(rule_y - (number_bottom + 1) * px_pt, 4 * mm, 1.5);
  EXPECT_LT(rule_y, lines[2].y0);
  EXPECT_GE(lines[2].y0 - rule_y, 2 * 28 - 12);  // the title two blank lines under it
  // No red on the page beyond the mark and the rule.
  for (int y = rule_bottom + 2; y < h; ++y)
    for (int x = 0; x < w; ++x) ASSERT_FALSE(red(x, y)) << "red ink at " << x << "," << y;

  // The 版记 on the last page: 抄送 over 印发机关 … 印发日期, the last rule on the bottom edge.
  int pages = 0;
  for (const auto& l : lines) pages = std::max(pages, l.page);
  std::vector<PdfLine> cc, printed;
  for (const auto& l : lines) {
    if (l.text.rfind("抄送：", 0) == 0) cc.push_back(l);
    if (l.text.size() > 6 && l.text.substr(l.text.size() - 6) == "印发" && l.y0 > (297 - 35) * mm - 28)
      printed.push_back(l);
  }
  ASSERT_EQ(cc.size(), 1u);
  ASSERT_EQ(printed.size(), 1u);
  EXPECT_EQ(cc[0].text, "抄送：局党委各委员，各党支部。");
  EXPECT_EQ(cc[0].page, pages);
  EXPECT_NEAR(cc[0].x0, 28 * mm + 14, 2.0);
  EXPECT_EQ(printed[0].text, "2026年1月20日印发");
  EXPECT_EQ(printed[0].page, pages);
  EXPECT_LT(cc[0].y1, printed[0].y0 + 1);
  auto [lrc, __] = run_cmd(fmt::format("pdftoppm -gray -r 144 -f {0} -l {0} '{1}' '{2}'", pages, file, (dir / "last").string()));
  ASSERT_EQ(lrc, 0);
  fs::path last_pgm;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind("last", 0) == 0) last_pgm = e.path();
  ASSERT_FALSE(last_pgm.empty());
  std::ifstream limg(last_pgm, std::ios::binary);
  limg >> magic >> w >> h >> maxv;
  limg.get();
  std::string lpx((std::istreambuf_iterator<char>(limg)), {});
  ASSERT_EQ(lpx.size(), static_cast<size_t>(w) * h);
  std::vector<double> rules;  // centres of the dark rows across the type area (pt)
  int first = -1;
  for (int y = 0; y <= h; ++y) {
    int run = 0;
    if (y < h)
      for (int x = 0; x < w; ++x) run += static_cast<unsigned char>(lpx[static_cast<size_t>(y) * w + x]) < 160;
    const bool across = y < h && run > 0.95 * 156 * mm / px_pt;
    if (across && first < 0) first = y;
    if (!across && first >= 0) {
      rules.push_back((first + y) / 2.0 * px_pt);
      first = -1;
    }
  }
  ASSERT_EQ(rules.size(), 3u) << "the first, middle and last rules of the 版记";
  EXPECT_NEAR(rules[2], (297 - 35) * mm, 1.5);  // the last rule on the type area's bottom edge
  EXPECT_NEAR(rules[2] - rules[1], 28, 1.5);
  EXPECT_NEAR(rules[1] - rules[0], 28, 1.5);
  EXPECT_LT(rules[0], cc[0].y0);
  EXPECT_GT(rules[1], cc[0].y1 - 1);
  EXPECT_LT(rules[1], printed[0].y0 + 1);

  // The DOCX of the final version: the same header in its paragraphs, fonts and red.
  auto d = as("dangwei").get("/api/v1/annual/reports/" + id + "/export?format=docx");
  ASSERT_EQ(d.status, 200);
  auto zip = reports::read_zip(d.body, 50'000'000);
  ASSERT_TRUE(zip.has_value());
  std::map<std::string, std::string> parts;
  for (auto& e : *zip) parts[e.name] = e.content;
  pugi::xml_document doc, styles;
  ASSERT_TRUE(doc.load_string(parts["word/document.xml"].c_str()));
  ASSERT_TRUE(styles.load_string(parts["word/styles.xml"].c_str()));
  std::vector<pugi::xml_node> ps;
  for (auto p : doc.select_nodes("//w:body/w:p")) ps.push_back(p.node());
  auto text_of = [](pugi::xml_node p) {
    std::string t;
    for (auto n : p.select_nodes(".//w:t")) t += n.node().text().get();
    return t;
  };
  auto style_of = [](pugi::xml_node p) { return std::string(p.select_node("w:pPr/w:pStyle").node().attribute("w:val").value()); };
  ASSERT_GT(ps.size(), 8u);
  EXPECT_EQ(style_of(ps[0]), "OrganMark");
  EXPECT_EQ(text_of(ps[0]), "中共测试局纪律检查委员会文件");
  EXPECT_EQ(style_of(ps[3]), "DocNumber");
  EXPECT_EQ(text_of(ps[3]), "测纪〔2025〕1号");
  EXPECT_EQ(style_of(ps[6]), "Title");
  EXPECT_EQ(text_of(ps[6]), "关于2025年度党风廉政建设工作情况的报告");
  auto st = [&](const char* id, const char* rest) {
    return styles.select_node((std::string("//w:style[@w:styleId='") + id + "']/" + rest).c_str()).node();
  };
  EXPECT_EQ(std::string(st("OrganMark", "w:rPr/w:rFonts").attribute("w:eastAsia").value()), "方正小标宋简体");
  EXPECT_EQ(std::string(st("OrganMark", "w:rPr/w:color").attribute("w:val").value()), "FF0000");
  EXPECT_EQ(std::string(st("OrganMark", "w:pPr/w:jc").attribute("w:val").value()), "center");
  EXPECT_EQ(std::string(st("OrganMark", "w:pPr/w:spacing").attribute("w:before").value()), "1984");  // 35 mm
  // 14 characters of at most 初号 fit the 156 mm line: the run's size is set to fit.
  const int mark_half_points = ps[0].select_node(".//w:r/w:rPr/w:sz").node().attribute("w:val").as_int();
  EXPECT_LE(mark_half_points, 84);
  EXPECT_LE(14 * mark_half_points / 2.0, 156 * mm + 0.5);
  EXPECT_EQ(std::string(st("DocNumber", "w:rPr/w:rFonts").attribute("w:eastAsia").value()), "仿宋_GB2312");
  EXPECT_EQ(std::string(st("DocNumber", "w:pPr/w:jc").attribute("w:val").value()), "center");
  EXPECT_EQ(std::string(st("DocNumber", "w:pPr/w:pBdr/w:bottom").attribute("w:color").value()), "FF0000");
  EXPECT_EQ(std::string(st("DocNumber", "w:pPr/w:pBdr/w:bottom").attribute("w:val").value()), "single");
  // The 版记: framed at the bottom of the type area, 四号 仿宋, thick and thin rules.
  const auto& cc_p = ps[ps.size() - 2];
  const auto& pr_p = ps.back();
  EXPECT_EQ(text_of(cc_p), "抄送：局党委各委员，各党支部。");
  EXPECT_EQ(text_of(pr_p), "测试局纪委办公室2026年1月20日印发");
  for (auto p : {cc_p, pr_p}) {
    EXPECT_EQ(style_of(p), "RecordBlock");
    EXPECT_EQ(std::string(p.select_node("w:pPr/w:framePr").node().attribute("w:yAlign").value()), "bottom");
    EXPECT_EQ(std::string(p.select_node("w:pPr/w:framePr").node().attribute("w:vAnchor").value()), "margin");
  }
  EXPECT_EQ(std::string(cc_p.select_node("w:pPr/w:pBdr/w:top").node().attribute("w:sz").value()), "8");
  EXPECT_EQ(std::string(cc_p.select_node("w:pPr/w:pBdr/w:bottom").node().attribute("w:sz").value()), "6");
  EXPECT_EQ(std::string(pr_p.select_node("w:pPr/w:pBdr/w:bottom").node().attribute("w:sz").value()), "8");
  EXPECT_EQ(std::string(st("RecordBlock", "w:rPr/w:sz").attribute("w:val").value()), "28");
  EXPECT_EQ(std::string(st("RecordBlock", "w:rPr/w:rFonts").attribute("w:eastAsia").value()), "仿宋_GB2312");
  if (!std::getenv("QF_KEEP_TEST_FILES")) fs::remove_all(dir);
}

// ---- figures the seed's section 三 asks to track -----------------------------------------

TEST_P(AnnualHttpTest, ApprovalCoopAndCollectiveTalkFiguresReadNoDataUntilTheirModulesHoldRecords) {
  // Nothing recorded yet: "no data" (null) with the reason, never 0 — this year and last.
  auto f = figures("shuji");
  for (const char* code : {"approvals.trips", "approvals.side_jobs", "approvals.family_business", "coop.activities",
                           "coop.notices", "talks.collective_sessions"}) {
    ASSERT_TRUE(f.count(code)) << code;
    EXPECT_TRUE(f[code]["value"].is_null()) << code << f[code].dump();
    EXPECT_TRUE(f[code]["previous"].is_null()) << code;
    EXPECT_NE(f[code]["reason_zh"].get<std::string>().find("暂无数据"), std::string::npos) << code;
    EXPECT_FALSE(f[code]["definition_zh"].get<std::string>().empty()) << code;
  }
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto& conn = lease->get();
    // Approvals of the 规划处 cadre: two trips approved in 2025 (one decided 2025-12-31
    // 20:00 Beijing = 12:00 UTC), one in 2024, one trip pending and one returned, one side job.
    auto appr = [&](const char* kind, const char* status, std::optional<int64_t> decided) {
      ASSERT_TRUE(conn.execute("INSERT INTO approval_requests (person_id, kind, status, created_at, updated_at, decided_at) "
                               "VALUES (?, ?, ?, 1, 1, ?)",
                               {cadre_, std::string(kind), std::string(status),
                                decided ? store::Value{*decided} : store::Value{nullptr}})
                      .ok());
    };
    appr("trip", "approved", kT2025);
    appr("trip", "approved", int64_t{1767182400000});  // 2025-12-31T12:00Z = 20:00 Beijing
    appr("trip", "approved", int64_t{1735603200000});  // 2024-12-31T00:00Z
    appr("trip", "pending", std::nullopt);
    appr("trip", "returned", kT2025);
    appr("side_job", "approved", kT2025);
    // Co-construction: a partner, two trainings and a visit in 2025, a training in 2024, a notice in 2025.
    auto partner = conn.query_one("INSERT INTO coop_partners (name, status, created_at, updated_at) VALUES ('合作单位甲', 'active', 1, 1) RETURNING id");
    ASSERT_TRUE(partner.ok()) << partner.error().to_string();
    const int64_t pid = partner->i64("id");
    for (const char* day : {"2025-03-01", "2025-09-01", "2024-05-01"})
      ASSERT_TRUE(conn.execute("INSERT INTO coop_trainings (partner_id, held_on, topic, created_at) VALUES (?, ?, '廉政教育联合培训', 1)",
                               {pid, std::string(day)}).ok());
    ASSERT_TRUE(conn.execute("INSERT INTO coop_visits (partner_id, visited_on, created_at) VALUES (?, '2025-10-01', 1)", {pid}).ok());
    ASSERT_TRUE(conn.execute("INSERT INTO coop_notices (partner_id, direction, notice_no, issued_on, signed_at, signer_unit, "
                             "signer_fingerprint, file_sha256, created_at) VALUES (?, 'out', '通报1', '2025-04-01', 'x', 'y', 'z', 'h1', 1)",
                             {pid}).ok());
    // Collective talks of new cadres: two in 2025 (one archived: not counted), one in 2024.
    for (const char* day : {"2025-03-10", "2025-08-10", "2024-03-10"}) {
      auto t = conn.query_one("INSERT INTO integrity_talks (kind, talk_date, talker_name, created_at, updated_at) "
                              "VALUES ('collective_new_cadre', ?, '书记', 1, 1) RETURNING id", {std::string(day)});
      ASSERT_TRUE(t.ok());
      for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(conn.execute("INSERT INTO talk_participants (talk_id, name, department_id, sort_order) VALUES (?, ?, ?, ?)",
                                 {t->i64("id"), "新干部" + std::to_string(i), b_.planning, int64_t{i}}).ok());
    }
    auto archived = conn.query_one("INSERT INTO integrity_talks (kind, talk_date, talker_name, created_at, updated_at, archived_at, "
                                   "archive_reason) VALUES ('collective_new_cadre', '2025-05-05', '书记', 1, 1, 1, '误录') RETURNING id");
    ASSERT_TRUE(archived.ok());
  }
  f = figures("shuji");
  EXPECT_EQ(f["approvals.trips"]["value"], 2);
  EXPECT_EQ(f["approvals.trips"]["previous"], 1);
  EXPECT_EQ(f["approvals.side_jobs"]["value"], 1);
  EXPECT_EQ(f["approvals.side_jobs"]["previous"], 0);  // the module holds records: a real zero
  EXPECT_EQ(f["approvals.family_business"]["value"], 0);
  EXPECT_EQ(f["coop.activities"]["value"], 3);
  EXPECT_EQ(f["coop.activities"]["previous"], 1);
  EXPECT_EQ(f["coop.notices"]["value"], 1);
  EXPECT_EQ(f["coop.notices"]["previous"], 0);
  EXPECT_EQ(f["talks.collective_sessions"]["value"], 2);
  EXPECT_EQ(f["talks.collective_sessions"]["previous"], 1);
  EXPECT_EQ(f["talks.collective_new_cadre"]["value"], 6);  // people, beside the sessions
  // By department: approvals of the applicant's department; another department holds none
  // (no data); co-construction is bureau-wide only.
  auto planning = figures("shuji", fmt::format("year=2025&department_id={}", b_.planning));
  EXPECT_EQ(planning["approvals.trips"]["value"], 2);
  EXPECT_EQ(planning["talks.collective_sessions"]["value"], 2);
  EXPECT_TRUE(planning["coop.activities"]["value"].is_null());
  auto office = figures("shuji", fmt::format("year=2025&department_id={}", b_.office));
  EXPECT_TRUE(office["approvals.trips"]["value"].is_null());
  EXPECT_TRUE(office["talks.collective_sessions"]["value"].is_null());
  // Need-to-know: approvals for approval.read holders only, co-construction for coop.read,
  // talks for clue.stats; the department head sees none of them.
  auto party = figures("dangwei");
  EXPECT_FALSE(party.count("approvals.trips"));
  EXPECT_EQ(party["coop.activities"]["value"], 3);
  EXPECT_EQ(party["talks.collective_sessions"]["value"], 2);
  auto head = figures("chuzhang");
  for (const char* code : {"approvals.trips", "coop.activities", "talks.collective_sessions"})
    EXPECT_FALSE(head.count(code)) << code;
  // Drill-down: the co-construction records for coop.read holders, the approvals for
  // approval.read holders (the discipline secretary; not the Party secretary).
  auto rec = as("shuji").get("/api/v1/annual/figures/coop.activities/records?year=2025");
  ASSERT_EQ(rec.status, 200) << rec.body;
  EXPECT_EQ(rec.json()["data"]["rows"].size(), 3u);
  auto trips = as("shuji").get("/api/v1/annual/figures/approvals.trips/records?year=2025");
  ASSERT_EQ(trips.status, 200) << trips.body;
  const json tj = trips.json();
  ASSERT_EQ(tj["data"]["rows"].size(), 2u);
  EXPECT_EQ(tj["data"]["rows"][0]["department"], "规划处");
  EXPECT_EQ(tj["data"]["rows"][1]["date"], "2025-12-31");
  auto none = as("dangwei").get("/api/v1/annual/figures/approvals.trips/records?year=2025");
  auto unknown = as("dangwei").get("/api/v1/annual/figures/no.such/records?year=2025");
  EXPECT_EQ(none.status, 404);
  EXPECT_EQ(none.body, unknown.body);
  // The report's template fills them.
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}});
  ASSERT_EQ(made.status, 200);
  const std::string filled = made.json()["data"]["filled"];
  EXPECT_NE(filled.find("集体廉政谈话2次、6人次"), std::string::npos) << filled;
  EXPECT_NE(filled.find("廉政共建活动3次，廉政信息双向通报1份"), std::string::npos) << filled;
  EXPECT_NE(filled.find("审批因私出国（境）2件、兼职1件、亲属经商办企业0件"), std::string::npos) << filled;
}

// The figures counted record by record (study sessions, warning-education films, notices
// and cases, risk consultations, the eight-point-rules campaign's findings, seminars with
// partner units): values and last year's equal the rows this test writes; a department
// scope counts by attendees / assignments / owner department; the drill-down lists as
// many records as the figure counts and exports them as a ledger XLSX (audited); months
// on the dashboard; need-to-know per role.
TEST_P(AnnualHttpTest, RecordFiguresCountTheirRecordsWithDrillDownDepartmentScopeAndMonths) {
  int64_t partner = 0;
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto& conn = lease->get();
    const int64_t clerk = orgtest::add_person(conn, b_, "3100", "办公室甲", b_.office);
    auto session = [&](const char* kind, const char* day, std::vector<std::pair<int64_t, int>> who) {
      auto s = conn.query_one("INSERT INTO study_sessions (kind, held_on, topic, created_at) VALUES (?, ?, ?, 1) RETURNING id",
                              {std::string(kind), std::string(day), std::string("学习") + day});
      ASSERT_TRUE(s.ok()) << s.error().to_string();
      for (auto [person, led] : who)
        ASSERT_TRUE(conn.execute("INSERT INTO study_attendance (session_id, person_id, led) VALUES (?, ?, ?)",
                                 {s->i64("id"), person, int64_t{led}}).ok());
    };
    session("center_group", "2025-03-05", {{cadre_, 1}, {clerk, 0}});
    session("center_group", "2025-07-01", {{clerk, 1}});
    session("center_group", "2024-06-01", {{cadre_, 0}});
    session("warning_meeting", "2025-04-10", {{cadre_, 0}});
    session("warning_meeting", "2025-11-20", {});
    session("branch_assembly", "2025-05-01", {{cadre_, 1}});  // not a theory study session
    int seq = 0;
    auto item = [&](const char* kind, const char* day, std::optional<int64_t> to, bool archived) {
      ++seq;
      auto i = conn.query_one("INSERT INTO education_items (kind, number, year, seq, title, published_on, created_at, "
                              "updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?) RETURNING id",
                              {std::string(kind), fmt::format("第{}期", seq), int64_t{std::stoi(std::string(day).substr(0, 4))},
                               int64_t{seq}, fmt::format("通报{}", seq), std::string(day),
                               archived ? store::Value{int64_t{1}} : store::Value{nullptr}});
      ASSERT_TRUE(i.ok()) << i.error().to_string();
      if (to)
        ASSERT_TRUE(conn.execute("INSERT INTO education_assignments (item_id, person_id, department_id, assigned_at) "
                                 "SELECT ?, id, department_id, 1 FROM people WHERE id = ?", {i->i64("id"), *to}).ok());
    };
    item("notice", "2025-02-01", cadre_, false);
    item("notice", "2025-06-01", clerk, false);
    item("notice", "2025-08-01", cadre_, true);  // archived
    item("notice", "2024-12-31", cadre_, false);
    item("case", "2025-03-01", std::nullopt, false);
    auto shuji = conn.query_one("SELECT id FROM accounts WHERE username = 'shuji'");
    ASSERT_TRUE(shuji.ok());
    auto meeting = [&](const char* day, std::optional<int64_t> who) {
      auto m = conn.query_one("INSERT INTO risk_consultations (meeting_date, title, minutes, created_by, created_at, updated_at) "
                              "VALUES (?, ?, '纪要', ?, 1, 1) RETURNING id",
                              {std::string(day), std::string("会商") + day, shuji->i64("id")});
      ASSERT_TRUE(m.ok()) << m.error().to_string();
      if (who)
        ASSERT_TRUE(conn.execute("INSERT INTO risk_consultation_attendees (consultation_id, person_id) VALUES (?, ?)",
                                 {m->i64("id"), *who}).ok());
    };
    meeting("2025-05-20", cadre_);
    meeting("2025-09-01", clerk);
    meeting("2024-10-01", cadre_);
    auto check = conn.query_one(
        "INSERT INTO inspection_checks (number, year, seq, kind, title, start_date, end_date, created_at, updated_at) "
        "VALUES ('〔2025〕专项检查第2号', 2025, 2, 'eight_rules', '八项规定专项治理', '2025-05-01', '2025-05-30', 1, 1) RETURNING id");
    ASSERT_TRUE(check.ok()) << check.error().to_string();
    for (auto [s, dept, deadline] : {std::tuple{1, b_.planning, "2025-07-31"}, std::tuple{2, b_.office, "2025-08-31"}})
      ASSERT_TRUE(conn.execute("INSERT INTO rectification_items (check_id, seq, finding, owner_department_id, deadline, state, "
                               "created_at, updated_at) VALUES (?, ?, '超标准接待', ?, ?, 'rectifying', 1, 1)",
                               {check->i64("id"), int64_t{s}, dept, std::string(deadline)}).ok());
    auto p = conn.query_one("INSERT INTO coop_partners (name, status, created_at, updated_at) VALUES ('合作单位乙', 'active', 1, 1) RETURNING id");
    ASSERT_TRUE(p.ok());
    partner = p->i64("id");
  }
  // A seminar with the partner through the co-construction API (the new activity kind);
  // an unknown kind is refused naming the field, and nothing is stored.
  auto bad = as("shuji").post_json("/api/v1/coop/trainings", {{"partner_id", partner}, {"kind", "party"}, {"held_on", "2025-06-01"},
                                   {"topic", "研讨"}, {"our_participants", {"甲"}}, {"partner_participants", {"乙"}}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "kind");
  auto sem = as("shuji").post_json("/api/v1/coop/trainings", {{"partner_id", partner}, {"kind", "seminar"}, {"held_on", "2025-06-01"},
                                   {"topic", "纪检业务研讨"}, {"our_participants", {"甲"}}, {"partner_participants", {"乙"}}});
  ASSERT_EQ(sem.status, 200) << sem.body;
  EXPECT_EQ(sem.json()["data"]["kind"], "seminar");

  auto f = figures("shuji");
  auto expect = [&](std::map<std::string, json>& m, const char* code, int value, int previous) {
    EXPECT_EQ(m.at(code)["value"], value) << code;
    EXPECT_EQ(m.at(code)["previous"], previous) << code;
  };
  expect(f, "education.study_sessions", 2, 1);
  expect(f, "education.lead_study", 2, 0);
  expect(f, "education.warning_films", 2, 0);
  expect(f, "education.warning_notices", 2, 1);
  expect(f, "education.typical_cases", 1, 0);
  expect(f, "risk.consultations", 2, 1);
  expect(f, "inspections.eight_rules_findings", 2, 0);
  expect(f, "coop.seminars", 1, 0);
  EXPECT_EQ(f.at("coop.activities")["value"], 1);  // the seminar is a co-construction activity
  for (const char* code : {"education.warning_films", "risk.consultations", "inspections.eight_rules_findings", "coop.seminars"}) {
    EXPECT_FALSE(f.at(code)["definition_zh"].get<std::string>().empty()) << code;
    EXPECT_TRUE(f.at(code)["drill"].get<bool>()) << code;
  }
  // Department scope: 规划处 (the cadre's), 办公室 (the clerk's).
  auto planning = figures("shuji", fmt::format("year=2025&department_id={}", b_.planning));
  expect(planning, "education.study_sessions", 1, 1);
  expect(planning, "education.lead_study", 1, 0);
  expect(planning, "education.warning_films", 1, 0);
  expect(planning, "education.warning_notices", 1, 1);
  expect(planning, "education.typical_cases", 0, 0);  // assigned to nobody
  expect(planning, "risk.consultations", 1, 1);
  expect(planning, "inspections.eight_rules_findings", 1, 0);
  auto office = figures("shuji", fmt::format("year=2025&department_id={}", b_.office));
  expect(office, "education.study_sessions", 2, 0);
  expect(office, "education.lead_study", 1, 0);
  expect(office, "education.warning_films", 0, 0);
  // Drill-down: as many records as the figure counts, for the bureau and a department.
  for (const auto& [scope, values] : {std::pair{std::string(), f}, std::pair{fmt::format("&department_id={}", b_.planning), planning}})
    for (const char* code : {"education.study_sessions", "education.lead_study", "education.warning_films",
                             "education.warning_notices", "education.typical_cases", "risk.consultations",
                             "inspections.eight_rules_findings", "coop.seminars"}) {
      if (values.at(code)["value"].is_null()) continue;  // co-construction: bureau-wide only
      auto r = as("shuji").get(fmt::format("/api/v1/annual/figures/{}/records?year=2025{}", code, scope));
      ASSERT_EQ(r.status, 200) << code << r.body;
      const json body = r.json();
      EXPECT_EQ(body["data"]["rows"].size(), values.at(code)["value"].get<size_t>()) << code << scope;
    }
  auto films = as("shuji").get("/api/v1/annual/figures/education.warning_films/records?year=2025");
  const json fj = films.json();
  ASSERT_EQ(fj["data"]["rows"].size(), 2u);
  EXPECT_EQ(fj["data"]["rows"][0]["date"], "2025-04-10");
  EXPECT_EQ(fj["data"]["rows"][0]["department"], "规划处");
  // The records as a ledger XLSX: title, 序号, export time, 内部资料; audited.
  auto x = as("shuji").get("/api/v1/annual/figures/education.warning_films/records/export?year=2025");
  ASSERT_EQ(x.status, 200) << x.body;
  auto z = reports::read_zip(x.body, 50'000'000);
  ASSERT_TRUE(z.has_value());
  std::string all;
  for (auto& e : *z) all += e.content;
  for (const char* text : {"组织观看警示教育片明细（2025年）", "序号", "导出时间", "内部资料", "学习2025-04-10", "学习2025-11-20"})
    EXPECT_NE(all.find(text), std::string::npos) << text;
  EXPECT_EQ(audit_count("annual.figure_records.export"), 1);
  // Months (the Party secretary's dashboard: study sessions in March and July).
  auto dash = as("dangwei").get("/api/v1/annual/dashboard?year=2025");
  ASSERT_EQ(dash.status, 200) << dash.body;
  const json db = dash.json();
  auto s = series_of(db["data"]);
  EXPECT_EQ(months_of(s.at("education.study_sessions")), month_vector({{3, 1}, {7, 1}}));
  // The template knows the new figures as fields.
  auto made = as("shuji").post_json("/api/v1/annual/reports", {{"year", 2025}});
  ASSERT_EQ(made.status, 200) << made.body;
  const std::string id = std::to_string(made.json()["data"]["id"].get<int64_t>());
  auto saved = as("shuji").put_json("/api/v1/annual/reports/" + id,
                                    {{"title", "报告"}, {"unit_name", "测试局"}, {"issue_date", "2026-01-20"}, {"version", made.json()["data"]["version"]},
                                     {"body", "一、组织观看警示教育片{{education.warning_films}}次，会商会诊{{risk.consultations}}次，"
                                              "研讨交流{{coop.seminars}}次，八项规定专项治理发现问题{{inspections.eight_rules_findings}}个。"}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_NE(saved.json()["data"]["filled"].get<std::string>().find("观看警示教育片2次，会商会诊2次，研讨交流1次，八项规定专项治理发现问题2个"),
            std::string::npos) << saved.body;
  // Need-to-know: the Party secretary drills them (study.read, education.progress,
  // risk.consult.read, inspection.read, coop.read); the department head sees its own
  // department's counts, drills study sessions, not consultations (404 like an unknown figure).
  auto party = figures("dangwei");
  EXPECT_TRUE(party.at("risk.consultations")["drill"].get<bool>());
  auto head = figures("chuzhang");
  expect(head, "education.study_sessions", 1, 1);
  EXPECT_TRUE(head.at("education.study_sessions")["drill"].get<bool>());
  EXPECT_FALSE(head.at("risk.consultations")["drill"].get<bool>());
  auto hidden = as("chuzhang").get("/api/v1/annual/figures/risk.consultations/records?year=2025");
  auto unknown = as("chuzhang").get("/api/v1/annual/figures/no.such/records?year=2025");
  EXPECT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.body, unknown.body);
  auto hidden_x = as("chuzhang").get("/api/v1/annual/figures/risk.consultations/records/export?year=2025");
  EXPECT_EQ(hidden_x.status, 404);
  for (const char* user : {"zhigong", "sysadmin", "secadmin", "auditor"}) {
    for (const char* path : {"/api/v1/annual/figures?year=2025", "/api/v1/annual/figures/education.warning_films/records?year=2025",
                             "/api/v1/annual/figures/education.warning_films/records/export?year=2025"}) {
      auto r = as(user).get(path);
      EXPECT_TRUE(r.status == 403 || r.status == 404) << user << path << r.status;
      EXPECT_EQ(r.body.find("学习2025"), std::string::npos) << user << path;
    }
  }
  EXPECT_EQ(audit_count("annual.figure_records.export"), 1);
}

INSTANTIATE_TEST_SUITE_P(Both, AnnualHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
