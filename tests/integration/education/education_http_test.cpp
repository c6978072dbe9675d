// Education and study through a real `qingfeng serve` (both databases): an item
// assigned to a department reaches the people of the department and its
// sub-departments; a confirmation moves exactly that department's count; what each role
// sees (staff: only their own assignments, anything else answers like an absent item;
// department heads: the completion of their department; the three administrators:
// nothing, 403); bad input names the field and stores nothing; the completion export in
// the ledger layout; study sessions and the yearly counts; the home page's 待学习 line
// and the message centre's to-do; the holiday integrity reminder sent once per holiday.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "core/calendar.h"
#include "core/clock.h"
#include "domain/calendar/calendar_store.h"
#include "domain/education/completion_export.h"
#include "domain/education/education_messages.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

class EducationHttpTest : public testing::ServedDatabaseTest {
 protected:
  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms());
    ServedDatabaseTest::SetUp();
  }
  void configure(testing::ServerProcessOptions& o) override {
    o.config_toml = "[education]\nholiday_remind_days_before = 3\n";
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    const int64_t head = orgtest::add_person(conn, b_, "3001", "规划处长", b_.planning, b_.branch1);
    const int64_t office_head = orgtest::add_person(conn, b_, "3002", "办公室主任", b_.office, b_.branch2);
    const int64_t clerk = orgtest::add_person(conn, b_, "3004", "职工甲", b_.planning, b_.branch1);
    people_["乙"] = orgtest::add_person(conn, b_, "3005", "职工乙", b_.planning1, b_.branch1);
    const int64_t office_clerk = orgtest::add_person(conn, b_, "3006", "职工丙", b_.office, b_.branch2);
    people_["丁"] = orgtest::add_person(conn, b_, "3007", "科员丁", b_.planning1);
    people_["甲"] = clerk;
    people_["处长"] = head;
    people_["丙"] = office_clerk;
    people_["主任"] = office_head;
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person, "显示" + user);
    };
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("chuzhang", head, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("bgszr", office_head, {Role::kDeptHead, ScopeKind::kDepartment, b_.office});
    account("zhigong", clerk, {Role::kStaff, ScopeKind::kSelf, {}});
    account("zhigong2", office_clerk, {Role::kStaff, ScopeKind::kSelf, {}});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
    // A holiday two days ahead (the unit's own), for the integrity reminder.
    holiday_ = today_.add_days(2);
    MUST(calendar_store::upsert(conn, {holiday_, CalendarDayKind::kRestDay, "测试节", ""}, std::nullopt, orgtest::kNow));
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  json publish(json body, const std::string& user = "shuji") {
    if (!body.contains("published_on")) body["published_on"] = today_.to_string();
    auto r = as(user).post_json("/api/v1/education/items", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
  std::string item_path(int64_t id, const std::string& tail = "") {
    return "/api/v1/education/items/" + std::to_string(id) + tail;
  }
  std::map<std::string, json> completion(const std::string& user, int64_t id) {
    auto r = as(user).get(item_path(id, "/completion"));
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::map<std::string, json> out;
    const json body = r.json();
    for (const auto& row : body["data"]) out[row["department_name"]] = row;
    return out;
  }
  int64_t total(const std::string& user, const std::string& path) {
    auto r = as(user).get(path);
    EXPECT_EQ(r.status, 200) << user << " " << path << ": " << r.body;
    return r.json()["meta"]["total"].get<int64_t>();
  }
  int64_t stored(const std::string& sql) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(sql);
    EXPECT_TRUE(r.ok()) << sql;
    return r.ok() ? r->i64(0) : -1;
  }
  std::vector<json> messages(const std::string& user, const std::string& source) {
    auto r = as(user).get("/api/v1/messages?page_size=200&status=all");
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::vector<json> out;
    const json body = r.json();
    for (const auto& m : body["data"])
      if (m["source"] == source) out.push_back(m);
    return out;
  }
  std::map<std::string, json> pending(const std::string& user) {
    auto r = as(user).get("/api/v1/dashboard");
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::map<std::string, json> out;
    const json body = r.json();
    for (const auto& p : body["data"]["pending"])
      if (p["key"].get<std::string>().rfind("education.", 0) == 0) out[p["key"]] = p;
    return out;
  }

  orgtest::Bureau b_;
  Date today_, holiday_;
  std::map<std::string, int64_t> ids_, people_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(EducationHttpTest, AssignmentsReachTheDepartmentAndAConfirmationMovesOnlyItsCount) {
  // 规划处 with its 规划一科: 处长, 甲 (规划处), 乙, 丁 (规划一科).
  json notice = publish({{"kind", "notice"},
                         {"title", "关于几起违规收送礼品礼金问题的通报"},
                         {"body", "现将几起问题通报如下"},
                         {"audience", {{"department_ids", json::array({b_.planning})}}}});
  EXPECT_EQ(notice["number"], std::to_string(today_.year()) + "年第1期");
  EXPECT_EQ(notice["audience"], "规划处");
  EXPECT_EQ(notice["assigned"], 4);
  EXPECT_EQ(notice["confirmed"], 0);
  const int64_t id = notice["id"];
  // A second notice of the year takes the next number; a case is not numbered.
  json second = publish({{"kind", "notice"}, {"title", "第二期"}, {"audience", {{"everyone", true}}}});
  EXPECT_EQ(second["number"], std::to_string(today_.year()) + "年第2期");
  EXPECT_EQ(second["assigned"], 6);
  json kase = publish({{"kind", "case"},
                       {"title", "某局原科长王某违规收受礼金问题"},
                       {"category", "gifts"},
                       {"rules_broken", "《中国共产党纪律处分条例》第九十八条"},
                       {"lessons", "守住第一次"},
                       {"source", "市纪委监委网站"},
                       {"audience", {{"person_ids", json::array({people_["丙"]})}, {"roles", json::array({"dept_head"})}}}});
  EXPECT_EQ(kase["number"], "");
  EXPECT_EQ(kase["assigned"], 3);  // 丙 by name, the two department heads by role
  EXPECT_EQ(kase["category_label_zh"], "违规收送礼品礼金");

  auto before = completion("shuji", id);
  ASSERT_EQ(before.size(), 2u);  // 规划处 and 规划一科, each the department at assignment
  EXPECT_EQ(before["规划处"]["assigned"], 2);
  EXPECT_EQ(before["规划一科"]["assigned"], 2);
  EXPECT_EQ(before["规划处"]["confirmed"], 0);

  // The clerk has it to study: home page line and a to-do in the message centre.
  EXPECT_EQ(pending("zhigong")["education.pending"]["count"], 2);  // the 规划处 notice and the everyone one
  auto todo = messages("zhigong", "education.pending");
  ASSERT_EQ(todo.size(), 2u);
  EXPECT_EQ(todo[0]["kind"], "todo");

  auto confirmed = as("zhigong").post_json(item_path(id, "/confirm"));
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.json()["data"]["assigned_to_me"], true);
  const int64_t first_time = confirmed.json()["data"]["my_confirmed_at"];
  EXPECT_GT(first_time, 0);
  // Confirming again keeps the first time and changes no count.
  auto again = as("zhigong").post_json(item_path(id, "/confirm"));
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.json()["data"]["my_confirmed_at"], first_time);

  auto after = completion("shuji", id);
  EXPECT_EQ(after["规划处"]["confirmed"], 1);
  EXPECT_EQ(after["规划处"]["rate"], "50.0%");
  EXPECT_EQ(after["规划一科"]["confirmed"], 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM education_assignments WHERE confirmed_at IS NOT NULL"), 1);
  EXPECT_EQ(pending("zhigong")["education.pending"]["count"], 1);
  int open = 0;
  for (const auto& m : messages("zhigong", "education.pending")) open += m["resolved_at"].is_null();
  EXPECT_EQ(open, 1);  // the confirmed one left the to-do list
  EXPECT_EQ(total("zhigong", "/api/v1/education/items?status=pending"), 1);
  EXPECT_EQ(total("zhigong", "/api/v1/education/items?status=done"), 1);

  // Department heads see their own department's completion only (规划处 reaches 规划一科).
  auto head = completion("chuzhang", id);
  EXPECT_EQ(head.size(), 2u);
  EXPECT_TRUE(completion("bgszr", id).empty());
  auto office_view = as("bgszr").get(item_path(id));
  ASSERT_EQ(office_view.status, 200);  // the item itself: study material every leader may read
  EXPECT_EQ(office_view.json()["data"]["assigned"], 0);

  // The export in the ledger layout, counts as on screen.
  auto x = as("shuji").get(item_path(id, "/completion/export"));
  ASSERT_EQ(x.status, 200) << x.body;
  auto rows = spreadsheet::read_xlsx_rows(x.body, "学习完成情况.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 6u);  // title, subtitle, header, 2 departments, 合计
  EXPECT_NE((*rows)[0].cells[0].find("测试市自然资源局学习完成情况统计表"), std::string::npos) << (*rows)[0].cells[0];
  EXPECT_NE((*rows)[1].cells[0].find("年第1期"), std::string::npos) << (*rows)[1].cells[0];
  EXPECT_EQ((*rows)[2].cells, education::completion_headers());
  std::map<std::string, std::vector<std::string>> by_name;
  for (size_t k = 3; k < 5; ++k) by_name[(*rows)[k].cells[1]] = (*rows)[k].cells;
  ASSERT_TRUE(by_name.count("规划处"));
  EXPECT_EQ(by_name["规划处"][2], "2");
  EXPECT_EQ(by_name["规划处"][3], "1");
  EXPECT_EQ(by_name["规划处"][4], "1");
  EXPECT_EQ(by_name["规划处"][5], "50.0%");
  EXPECT_EQ(by_name["规划一科"][3], "0");
  EXPECT_NE((*rows)[5].cells[0].find("应学习 4 人，已确认 1 人，未确认 3 人，完成率 25.0%"), std::string::npos)
      << (*rows)[5].cells[0];
  EXPECT_EQ(audit_count("education.item.publish"), 3);
  EXPECT_EQ(audit_count("education.item.confirm"), 2);
}

TEST_P(EducationHttpTest, StaffSeeOnlyTheirAssignmentsAndTheAdministratorsNothing) {
  json mine = publish({{"kind", "notice"}, {"title", "规划处专项通报"}, {"audience", {{"department_ids", json::array({b_.planning})}}}});
  const int64_t id = mine["id"];
  // The office clerk is not assigned: the item answers exactly like one that does not exist.
  auto hidden = as("zhigong2").get(item_path(id));
  auto absent = as("zhigong2").get(item_path(999999));
  ASSERT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.body, absent.body);
  EXPECT_EQ(as("zhigong2").post_json(item_path(id, "/confirm")).status, 404);
  EXPECT_EQ(total("zhigong2", "/api/v1/education/items"), 0);
  // Staff cannot see other people's progress, publish or read the sessions.
  EXPECT_EQ(as("zhigong").get(item_path(id, "/completion")).status, 403);
  EXPECT_EQ(as("zhigong").get(item_path(id, "/assignees")).status, 403);
  EXPECT_EQ(as("zhigong").post_json("/api/v1/education/items", {{"kind", "notice"}, {"title", "x"}}).status, 403);
  EXPECT_EQ(as("zhigong").get("/api/v1/education/sessions").status, 403);
  EXPECT_EQ(as("zhigong").get("/api/v1/education/holiday").status, 403);
  // Asking for "all" as staff still gives one's own.
  EXPECT_EQ(total("zhigong", "/api/v1/education/items?mine=false"), 1);
  // The secretary sees it but is not assigned: confirming is refused as a conflict.
  auto not_mine = as("shuji").post_json(item_path(id, "/confirm"));
  ASSERT_EQ(not_mine.status, 409) << not_mine.body;
  EXPECT_EQ(not_mine.json()["error"]["code"], "education.not_assigned");
  EXPECT_FALSE(not_mine.json()["error"]["message_en"].get<std::string>().empty());
  // The three administrators reach no content and no count.
  for (const char* admin : {"sysadmin", "secadmin", "auditor"}) {
    for (const std::string& path :
         {std::string("/api/v1/education/items"), item_path(id), item_path(id, "/completion"),
          item_path(id, "/completion/export"), item_path(id, "/assignees"), std::string("/api/v1/education/sessions"),
          std::string("/api/v1/education/stats"), std::string("/api/v1/education/holiday")})
      EXPECT_EQ(as(admin).get(path).status, 403) << admin << " " << path;
    EXPECT_EQ(as(admin).post_json(item_path(id, "/confirm")).status, 403) << admin;
    EXPECT_TRUE(pending(admin).empty()) << admin;
  }
}

TEST_P(EducationHttpTest, BadInputNamesTheFieldAndStoresNothing) {
  json base{{"kind", "case"},         {"title", "案例"},   {"category", "gifts"}, {"lessons", "启示"},
            {"published_on", today_.to_string()}, {"audience", {{"everyone", true}}}};
  auto refused = [&](json patch, const std::string& field) {
    json body = base;
    for (auto& [k, v] : patch.items()) body[k] = v;
    auto r = as("shuji").post_json("/api/v1/education/items", body);
    EXPECT_EQ(r.status, 400) << patch.dump() << ": " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    EXPECT_FALSE(r.json()["error"]["message_zh"].get<std::string>().empty());
    EXPECT_FALSE(r.json()["error"]["message_en"].get<std::string>().empty());
  };
  refused({{"kind", "film"}}, "kind");
  refused({{"title", ""}}, "title");
  refused({{"category", ""}}, "category");
  refused({{"category", "bribery"}}, "category");
  refused({{"lessons", ""}}, "lessons");
  refused({{"published_on", "2026-13-01"}}, "published_on");
  refused({{"audience", json::object()}}, "audience");
  refused({{"audience", {{"department_ids", json::array({b_.planning, 999999})}}}}, "audience.department_ids[1]");
  refused({{"audience", {{"department_ids", json::array({"x"})}}}}, "audience.department_ids[0]");
  refused({{"audience", {{"roles", json::array({"sysadmin"})}}}}, "audience.roles[0]");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM education_items"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM education_assignments"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM education_number_counters"), 0);
  auto bad_session = as("shuji").post_json("/api/v1/education/sessions",
                                           {{"kind", "center_group"},
                                            {"held_on", today_.to_string()},
                                            {"topic", "学习"},
                                            {"attendees", json::array({{{"person_id", people_["甲"]}}, {{"person_id", 999999}}})}});
  ASSERT_EQ(bad_session.status, 400) << bad_session.body;
  EXPECT_EQ(bad_session.json()["error"]["field"], "attendees[1].person_id");
  EXPECT_EQ(stored("SELECT COUNT(*) FROM study_sessions"), 0);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM study_attendance"), 0);
}

TEST_P(EducationHttpTest, StudySessionsGiveTheYearsCountsOfStudyAndLeads) {
  const std::string year = std::to_string(today_.year());
  auto record = [&](json body) {
    auto r = as("shuji").post_json("/api/v1/education/sessions", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  };
  json first = record({{"kind", "center_group"},
                       {"held_on", year + "-01-15"},
                       {"topic", "学习中央纪委全会精神"},
                       {"speaker", "党委书记"},
                       {"attendees", json::array({{{"person_id", people_["处长"]}, {"led", true}},
                                                  {{"person_id", people_["主任"]}, {"led", true}},
                                                  {{"person_id", people_["甲"]}}})}});
  EXPECT_EQ(first["attendance"], 3);
  EXPECT_EQ(first["leaders"], 2);
  record({{"kind", "center_group"},
          {"held_on", year + "-02-15"},
          {"topic", "学习纪律处分条例"},
          {"attendees", json::array({{{"person_id", people_["处长"]}, {"led", true}}})}});
  record({{"kind", "party_lesson"},
          {"held_on", year + "-03-01"},
          {"topic", "支部书记讲党课"},
          {"branch_id", b_.branch1},
          {"attendees", json::array({{{"person_id", people_["甲"]}, {"led", true}}, {{"person_id", people_["乙"]}}})}});
  record({{"kind", "integrity_lesson"}, {"held_on", std::to_string(today_.year() - 1) + "-06-01"}, {"topic", "去年的廉政党课"}});
  publish({{"kind", "case"}, {"title", "案例一"}, {"category", "banquets"}, {"lessons", "启示"},
           {"published_on", year + "-02-01"}, {"audience", {{"everyone", true}}}});
  publish({{"kind", "notice"}, {"title", "通报"}, {"published_on", year + "-02-01"}, {"audience", {{"everyone", true}}}});

  auto s = as("dangwei").get("/api/v1/education/stats?year=" + year);
  ASSERT_EQ(s.status, 200) << s.body;
  const json k = s.json()["data"];
  EXPECT_EQ(k["center_group_sessions"], 2);
  EXPECT_EQ(k["center_group_leads"], 3);
  EXPECT_EQ(k["sessions"], 3);
  EXPECT_EQ(k["leads"], 4);
  EXPECT_EQ(k["party_lessons"], 1);
  EXPECT_EQ(k["integrity_lessons"], 0);  // last year's does not count
  EXPECT_EQ(k["attendance"], 6);
  EXPECT_EQ(k["notices"], 1);
  EXPECT_EQ(k["cases"], 1);
  EXPECT_NE(k["summary_zh"].get<std::string>().find("学习2次，领学交流3人次"), std::string::npos) << k.dump();
  auto branch = as("dangwei").get("/api/v1/education/stats?year=" + year + "&branch_id=" + std::to_string(b_.branch1));
  ASSERT_EQ(branch.status, 200);
  EXPECT_EQ(branch.json()["data"]["sessions"], 1);
  EXPECT_EQ(branch.json()["data"]["leads"], 1);
  EXPECT_EQ(total("dangwei", "/api/v1/education/sessions?year=" + year), 3);
  EXPECT_EQ(total("dangwei", "/api/v1/education/sessions?kind=center_group"), 2);
  auto detail = as("chuzhang").get("/api/v1/education/sessions/" + std::to_string(first["id"].get<int64_t>()));
  ASSERT_EQ(detail.status, 200);
  ASSERT_EQ(detail.json()["data"]["attendees"].size(), 3u);
  EXPECT_EQ(detail.json()["data"]["attendees"][0]["led"], true);
  EXPECT_EQ(as("chuzhang").post_json("/api/v1/education/sessions", {{"kind", "center_group"}}).status, 403);
  EXPECT_EQ(as("shuji").get("/api/v1/education/stats?year=20x6").status, 400);
}

TEST_P(EducationHttpTest, TheHolidayReminderIsSentOnceWithTheCommitteesText) {
  auto saved = as("shuji").put_json("/api/v1/education/holiday", {{"text", "{holiday}将至，请廉洁过节（测试）"}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(as("shuji").put_json("/api/v1/education/holiday", {{"text", ""}}).json()["error"]["field"], "text");
  // The first sweep (a read of the inbox) sends it to every staff account.
  auto first = messages("zhigong", "education.holiday");
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0]["kind"], "notice");
  EXPECT_EQ(first[0]["title_zh"], "【廉洁过节提醒】测试节将至，请廉洁过节（测试）");
  EXPECT_EQ(first[0]["due_date"], holiday_.to_string());
  EXPECT_EQ(stored("SELECT COUNT(*) FROM education_holiday_sends WHERE holiday = '测试节'"), 1);
  const int64_t recipients = stored("SELECT recipients FROM education_holiday_sends WHERE holiday = '测试节'");
  EXPECT_EQ(recipients, 6);  // shuji, dangwei, chuzhang, bgszr, zhigong, zhigong2 — not the administrators
  for (const char* admin : {"sysadmin", "secadmin", "auditor"})
    EXPECT_TRUE(messages(admin, "education.holiday").empty()) << admin;
  const int64_t sent = stored("SELECT COUNT(*) FROM inbox_messages WHERE source = 'education.holiday'");
  EXPECT_EQ(sent, 6);

  // A change makes the next read sweep again: nothing more is sent, even with a new text.
  ASSERT_EQ(as("shuji").put_json("/api/v1/education/holiday", {{"text", "{holiday}新的提醒"}}).status, 200);
  auto second = messages("zhigong", "education.holiday");
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0]["title_zh"], first[0]["title_zh"]);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM education_holiday_sends"), 1);
  EXPECT_EQ(stored("SELECT COUNT(*) FROM inbox_messages WHERE source = 'education.holiday'"), sent);

  // The committee's page lists the holiday as sent.
  auto page = as("shuji").get("/api/v1/education/holiday?year=" + std::to_string(holiday_.year()));
  ASSERT_EQ(page.status, 200) << page.body;
  const json body = page.json();
  EXPECT_EQ(body["data"]["text"], "{holiday}新的提醒");
  EXPECT_EQ(body["data"]["days_before"], 3);
  bool found = false;
  for (const auto& h : body["data"]["holidays"])
    if (h["holiday"] == "测试节") {
      found = true;
      EXPECT_EQ(h["start_date"], holiday_.to_string());
      ASSERT_FALSE(h["sent"].is_null());
      EXPECT_EQ(h["sent"]["recipients"], 6);
    }
  EXPECT_TRUE(found) << body.dump();
}

INSTANTIATE_TEST_SUITE_P(Both, EducationHttpTest, testing::AllDatabases(), testing::DatabaseName);

// The holiday rule over the store, both databases: the first day of rest of each named
// holiday; the sweep sends within the configured days only, and once.
class EducationStoreTest : public testing::DatabaseTest {};

TEST_P(EducationStoreTest, HolidaysStartOnTheirFirstDayOfRestAndAreSentOnce) {
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto d = [](const char* s) { return Date::parse(s).value(); };
  for (const char* day : {"2030-10-01", "2030-10-02", "2030-10-03"})
    MUST(calendar_store::upsert(conn, {d(day), CalendarDayKind::kRestDay, "国庆节", ""}, std::nullopt, 1));
  MUST(calendar_store::upsert(conn, {d("2030-09-29"), CalendarDayKind::kWorkDay, "国庆节", ""}, std::nullopt, 1));
  MUST(calendar_store::upsert(conn, {d("2030-10-10"), CalendarDayKind::kRestDay, "", ""}, std::nullopt, 1));
  auto cal = MUST(calendar_store::load(conn));
  auto hs = education::holidays_starting(cal, d("2030-09-01"), d("2030-10-31"));
  ASSERT_EQ(hs.size(), 1u);  // the make-up working day and an unnamed rest day start nothing
  EXPECT_EQ(hs[0].name, "国庆节");
  EXPECT_EQ(hs[0].start, d("2030-10-01"));

  education::EducationConfig cfg;
  cfg.holiday_remind_days_before = 3;
  EXPECT_TRUE(MUST(education::holiday_sweep(conn, cfg, d("2030-09-27"), 1)).empty());  // four days before
  EXPECT_EQ(MUST(education::holiday_sweep(conn, cfg, d("2030-09-28"), 2)).size(), 1u);
  EXPECT_TRUE(MUST(education::holiday_sweep(conn, cfg, d("2030-09-29"), 3)).empty());
  EXPECT_TRUE(MUST(education::holiday_sweep(conn, cfg, d("2030-09-30"), 4)).empty());
  auto sends = MUST(education::holiday_sends(conn, 2030));
  ASSERT_EQ(sends.size(), 1u);
  EXPECT_EQ(sends[0].start_date, "2030-10-01");
  EXPECT_NE(sends[0].text.find("国庆节将至"), std::string::npos) << sends[0].text;
  cfg.holiday_remind_days_before = 0;
  MUST(calendar_store::upsert(conn, {d("2030-12-25"), CalendarDayKind::kRestDay, "局庆", ""}, std::nullopt, 1));
  EXPECT_TRUE(MUST(education::holiday_sweep(conn, cfg, d("2030-12-24"), 5)).empty());  // 0: no reminder
}

INSTANTIATE_TEST_SUITE_P(Both, EducationStoreTest, testing::AllDatabases(), testing::DatabaseName);

class EducationConfigHttpTest : public testing::DatabaseTest {};

TEST_P(EducationConfigHttpTest, ABadSettingStopsTheServerNamingIt) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string text = testing::refused_start_text(url(), "[education]\nholiday_remind_days_before = 99\n");
  EXPECT_NE(text.find("education.holiday_remind_days_before"), std::string::npos) << text;
  EXPECT_NE(text.find("qingfeng.toml:2"), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(Both, EducationConfigHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
