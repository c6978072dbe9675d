// The calendar endpoints through a real `qingfeng serve` (both databases): everyone
// signed in reads; only calendar.manage (the system administrator) changes it; a bad
// CSV names the line and changes nothing; every change is audited.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "core/config.h"
#include "domain/auth/accounts.h"
#include "support/http_client.h"
#include "support/server_process.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using nlohmann::json;

constexpr const char* kPassword = "Qingfeng@2026";

class CalendarHttpTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL (QF_TEST_PG_URL unset)
    {
      auto lease = db().acquire();
      ASSERT_TRUE(lease.ok());
      SecurityConfig sec;
      sec.argon2_memlimit = 8LL * 1024 * 1024;
      auto account = [&](const std::string& user, auth::RoleGrant g) {
        auth::NewAccount n;
        n.username = user;
        n.display_name = user;
        n.password = kPassword;
        n.must_change_password = false;
        int64_t now = SystemClock().now_ms();
        auto id = auth::create_account(lease->get(), sec, n, now);
        ASSERT_TRUE(id.ok()) << id.error().to_string();
        ASSERT_TRUE(auth::grant_roles(lease->get(), *id, {g}, std::nullopt, now).ok());
      };
      account("sysadmin", {auth::Role::kSysAdmin, auth::ScopeKind::kUnit, {}});
      account("jiwei", {auth::Role::kDisciplineSecretary, auth::ScopeKind::kUnit, {}});
    }
    if (HasFatalFailure()) return;
    testing::ServerProcessOptions o;
    o.database_url = url();
    auto s = testing::ServerProcess::start(o);
    ASSERT_TRUE(s.ok()) << s.error().to_string();
    server_ = std::move(*s);
  }
  void TearDown() override {
    if (server_) EXPECT_EQ(server_->stop(), 0) << server_->output();
    DatabaseTest::TearDown();
  }
  std::unique_ptr<testing::HttpClient> login(const std::string& user) {
    auto c = std::make_unique<testing::HttpClient>(server_->port());
    auto r = c->post_json("/api/v1/auth/login", {{"username", user}, {"password", kPassword}});
    EXPECT_EQ(r.status, 200) << r.body;
    c->adopt_csrf(r);
    return c;
  }
  testing::HttpResponse import(testing::HttpClient& c, const std::string& csv, const std::string& name) {
    return c.request("POST", "/api/v1/calendar/import?filename=" + name, csv, {{"Content-Type", "text/csv"}});
  }
  int64_t audit_count(const std::string& action) {
    auto lease = db().acquire();
    auto row = lease->get().query_one("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND success = 1", {action});
    return row.ok() ? row->i64("n") : -1;
  }
  std::unique_ptr<testing::ServerProcess> server_;
};

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

INSTANTIATE_TEST_SUITE_P(Both, CalendarHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
