// The calendar endpoints through a real `qingfeng serve` (both databases): everyone
// signed in reads; only calendar.manage (the system administrator) changes it; a bad
// CSV names the line and changes nothing; every change is audited.
#include <gtest/gtest.h>

#include "core/calendar.h"
#include "core/clock.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

class CalendarHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    testing::add_test_account(conn, "sysadmin", {{auth::Role::kSysAdmin, auth::ScopeKind::kUnit, {}}});
    testing::add_test_account(conn, "jiwei", {{auth::Role::kDisciplineSecretary, auth::ScopeKind::kUnit, {}}});
  }
  testing::HttpResponse import(testing::HttpClient& c, const std::string& csv, const std::string& name) {
    return c.request("POST", "/api/v1/calendar/import?filename=" + name, csv, {{"Content-Type", "text/csv"}});
  }
  // Moves the server's test clock to noon in Beijing of `date`, then signs `who` in
  // again (sessions idle out across the jump).
  std::unique_ptr<testing::HttpClient> on_day(const std::string& who, const char* date) {
    auto c = login(who);
    const int64_t noon_ms = Date::parse(date)->days_since_epoch() * 86'400'000 + 4 * 3'600'000;
    auto r = c->post_json("/api/v1/test/clock", {{"offset_ms", noon_ms - SystemClock().now_ms()}});
    EXPECT_EQ(r.status, 200) << r.body;
    return login(who);
  }
  // The dashboard's calendar reminders as "key year" strings.
  static std::vector<std::string> calendar_pending(testing::HttpClient& c) {
    auto r = c.get("/api/v1/dashboard");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    const nlohmann::json body = r.json();
    for (const auto& p : body["data"]["pending"]) {
      const std::string key = p["key"];
      if (key.rfind("calendar.", 0) != 0) continue;
      out.push_back(key + " " + std::to_string(p["year"].get<int>()));
      EXPECT_EQ(p["link"], "/system/calendar?year=" + std::to_string(p["year"].get<int>()));
      EXPECT_FALSE(p["title_zh"].get<std::string>().empty());
      EXPECT_FALSE(p["title_en"].get<std::string>().empty());
    }
    return out;
  }
};

using Keys = std::vector<std::string>;

TEST_P(CalendarHttpTest, EveryoneReadsOnlyTheSystemAdministratorChanges) {
  auto jiwei = login("jiwei");
  auto r = jiwei->get("/api/v1/calendar?year=2026");
  ASSERT_EQ(r.status, 200) << r.body;
  const json data = r.json()["data"];
  EXPECT_EQ(data["years"], json({2024, 2025, 2026}));
  ASSERT_FALSE(data["days"].empty());
  EXPECT_EQ(data["days"][0]["date"], "2026-01-01");
  EXPECT_EQ(data["days"][0]["kind"], "休");
  EXPECT_EQ(jiwei->get("/api/v1/calendar?year=26").status, 400);

  // The discipline secretary may not change the calendar.
  EXPECT_EQ(jiwei->put_json("/api/v1/calendar/2026-12-03", {{"kind", "休"}, {"holiday", "局庆"}}).status, 403);
  EXPECT_EQ(import(*jiwei, "date,kind\n2027-01-01,休\n", "a.csv").status, 403);

  auto admin = login("sysadmin");
  auto put = admin->put_json("/api/v1/calendar/2026-12-03", {{"kind", "休"}, {"holiday", "局庆"}, {"source", "局办通知"}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json()["data"]["kind"], "休");
  EXPECT_EQ(audit_count("calendar.upsert"), 1);
  auto bad_kind = admin->put_json("/api/v1/calendar/2026-12-04", {{"kind", "假"}});
  EXPECT_EQ(bad_kind.status, 400);
  EXPECT_EQ(bad_kind.json()["error"]["field"], "kind");
  auto workday_on_weekday = admin->put_json("/api/v1/calendar/2026-12-02", {{"kind", "班"}});
  EXPECT_EQ(workday_on_weekday.status, 400);
  EXPECT_EQ(admin->put_json("/api/v1/calendar/2026-02-30", {{"kind", "休"}}).status, 400);

  auto del = admin->del("/api/v1/calendar/2026-12-03");
  ASSERT_EQ(del.status, 200) << del.body;
  EXPECT_EQ(admin->del("/api/v1/calendar/2026-12-03").status, 404);
  EXPECT_EQ(audit_count("calendar.remove"), 1);
}

TEST_P(CalendarHttpTest, ImportIsAllOrNothingAndNamesTheLine) {
  auto admin = login("sysadmin");
  auto bad = import(*admin, "date,kind,holiday\n2027-01-01,休,元旦\n2027-13-01,休,元旦\n", "2027.csv");
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "2027.csv:3");
  EXPECT_FALSE(bad.json()["error"]["message_en"].get<std::string>().empty());
  EXPECT_TRUE(admin->get("/api/v1/calendar?year=2027").json()["data"]["days"].empty());

  auto ok = import(*admin, "date,kind,holiday,source\n2027-01-01,休,元旦,通知\n2027-02-06,班,春节,通知\n", "2027.csv");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["data"]["added"], 2);
  auto y = admin->get("/api/v1/calendar?year=2027").json()["data"];
  EXPECT_EQ(y["days"].size(), 2u);
  EXPECT_EQ(y["years"].back(), 2027);
  EXPECT_EQ(audit_count("calendar.import"), 1);
}

// The shipped calendar has 2024–2026: the system administrator's dashboard says when
// the current year has no rows (deadlines would count Monday–Friday only) and, from
// November (the default), when next year has none; nobody else is told.
TEST_P(CalendarHttpTest, DashboardRemindsTheMaintainerOfAMissingYear) {
  EXPECT_EQ(calendar_pending(*on_day("sysadmin", "2026-10-31")), Keys{});
  EXPECT_EQ(calendar_pending(*on_day("sysadmin", "2026-11-01")), Keys{"calendar.next_year_missing 2027"});
  EXPECT_EQ(calendar_pending(*on_day("jiwei", "2026-11-01")), Keys{});
  auto admin = on_day("sysadmin", "2027-01-04");
  EXPECT_EQ(calendar_pending(*admin), Keys{"calendar.year_missing 2027"});
  // Importing the year ends the reminder.
  ASSERT_EQ(import(*admin, "date,kind,holiday,source\n2027-01-01,休,元旦,通知\n", "2027.csv").status, 200);
  EXPECT_EQ(calendar_pending(*admin), Keys{});
}

class CalendarReminderMonthTest : public CalendarHttpTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override { o.config_toml = "[calendar]\nremind_next_year_from_month = 12\n"; }
};

TEST_P(CalendarReminderMonthTest, TheMonthIsConfigurable) {
  EXPECT_EQ(calendar_pending(*on_day("sysadmin", "2026-11-30")), Keys{});
  EXPECT_EQ(calendar_pending(*on_day("sysadmin", "2026-12-01")), Keys{"calendar.next_year_missing 2027"});
}

// A bad [calendar] value stops the server before it listens, naming file and line.
class CalendarConfigTest : public testing::DatabaseTest {};

TEST_P(CalendarConfigTest, BadCalendarSettingStopsServe) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string all = testing::refused_start_text(url(), "[calendar]\n# comment\nremind_next_year_from_month = 13\n");
  EXPECT_NE(all.find("remind_next_year_from_month"), std::string::npos) << all;
  EXPECT_NE(all.find("qingfeng.toml:3"), std::string::npos) << all;
}

INSTANTIATE_TEST_SUITE_P(Both, CalendarHttpTest, testing::AllDatabases(), testing::DatabaseName);
INSTANTIATE_TEST_SUITE_P(Both, CalendarReminderMonthTest, testing::AllDatabases(), testing::DatabaseName);
INSTANTIATE_TEST_SUITE_P(Both, CalendarConfigTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
