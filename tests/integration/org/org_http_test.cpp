// The organisation API through the real server (both databases): scoped lists, import
// preview/commit with row errors and nothing saved, XLSX export read back, position
// events, permissions, dictionaries and the dashboard.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "domain/auth/accounts.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "org_test_bureau.h"
#include "support/ledger_export.h"
#include "support/http_client.h"
#include "support/server_process.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using nlohmann::json;
using orgtest::kNow;

constexpr const char* kPassword = "Qingfeng@2026";

class OrgHttpTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL (QF_TEST_PG_URL unset)
    prepare();
    if (HasFatalFailure()) return;
    testing::ServerProcessOptions o;
    o.database_url = url();
    auto s = testing::ServerProcess::start(o);
    ASSERT_TRUE(s.ok()) << s.error().to_string();
    server_ = std::move(*s);
  }
  // The bureau, four people and three accounts, written before the server starts.
  void prepare() {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    store::Connection& conn = lease->get();
    b_ = orgtest::make_bureau(conn);
    head_ = orgtest::add_person(conn, b_, "1001", "规划处长", b_.planning, b_.branch1, b_.approval_pos, "section");
    orgtest::add_person(conn, b_, "1002", "规划科员", b_.planning1, b_.branch2);
    clerk_ = orgtest::add_person(conn, b_, "1003", "办公室科员", b_.office, b_.branch1, b_.clerk_pos);
    orgtest::add_person(conn, b_, "1004", "办公室主任", b_.office, std::nullopt, std::nullopt, "section");
    SecurityConfig sec;
    sec.argon2_memlimit = 8LL * 1024 * 1024;  // fast hashing for tests
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      auth::NewAccount n;
      n.username = user;
      n.display_name = user;
      n.person_id = person;
      n.password = kPassword;
      n.must_change_password = false;
      // Real time: a password "changed" long ago would have expired (max_age_days).
      int64_t now = SystemClock().now_ms();
      auto id = auth::create_account(conn, sec, n, now);
      ASSERT_TRUE(id.ok()) << id.error().to_string();
      ASSERT_TRUE(auth::grant_roles(conn, *id, {g}, std::nullopt, now).ok());
    };
    account("renshi", std::nullopt, {auth::Role::kOrgHr, auth::ScopeKind::kUnit, {}});
    account("chuzhang", head_, {auth::Role::kDeptHead, auth::ScopeKind::kDepartment, b_.planning});
    account("zhigong", clerk_, {auth::Role::kStaff, auth::ScopeKind::kSelf, {}});
  }
  void TearDown() override {
    if (server_) EXPECT_EQ(server_->stop(), 0) << server_->output();
    DatabaseTest::TearDown();
  }
  std::unique_ptr<testing::HttpClient> login(const std::string& user, testing::ServerProcess* on = nullptr) {
    auto c = std::make_unique<testing::HttpClient>((on ? on : server_.get())->port());
    auto r = c->post_json("/api/v1/auth/login", {{"username", user}, {"password", kPassword}});
    EXPECT_EQ(r.status, 200) << r.body;
    c->adopt_csrf(r);
    return c;
  }
  int64_t total(testing::HttpClient& c, const std::string& query = "") {
    auto r = c.get("/api/v1/org/people?page_size=1" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["meta"]["total"].get<int64_t>();
  }
  testing::HttpResponse upload(testing::HttpClient& c, const std::string& step, const std::string& bytes,
                               const std::string& filename) {
    return c.request("POST", "/api/v1/org/import/" + step + "?kind=people&filename=" + filename, bytes,
                     {{"Content-Type", "text/csv"}});
  }

  orgtest::Bureau b_;
  int64_t head_ = 0;
  int64_t clerk_ = 0;
  std::unique_ptr<testing::ServerProcess> server_;
};

TEST_P(OrgHttpTest, ListsFollowTheCallersDataScope) {
  auto hr = login("renshi");
  EXPECT_EQ(total(*hr), 4);
  auto head = login("chuzhang");
  EXPECT_EQ(total(*head), 2);  // 规划处 and 规划一科
  auto r = head->get("/api/v1/org/people?page_size=50&sort=employee_no&order=desc");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["data"][0]["employee_no"], "1002");
  EXPECT_EQ(head->get("/api/v1/org/people/" + std::to_string(clerk_)).status, 404);
  auto staff = login("zhigong");
  EXPECT_EQ(total(*staff), 1);
  auto me = staff->get("/api/v1/org/people/" + std::to_string(clerk_));
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["data"]["name"], "办公室科员");
  // The department tree of a department head holds its departments (and ancestors).
  auto tree = head->get("/api/v1/org/departments");
  ASSERT_EQ(tree.status, 200);
  ASSERT_EQ(tree.json()["data"].size(), 1u);
  EXPECT_EQ(tree.json()["data"][0]["name"], "规划处");
  EXPECT_EQ(tree.json()["data"][0]["children"][0]["name"], "规划一科");
  EXPECT_EQ(hr->get("/api/v1/org/departments").json()["data"].size(), 2u);
  // Unknown sort keys are refused by name.
  auto bad = hr->get("/api/v1/org/people?sort=salary");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "sort");
}

TEST_P(OrgHttpTest, ChangesNeedOrgManage) {
  auto staff = login("zhigong");
  auto r = staff->post_json("/api/v1/org/departments", {{"name", "新处室"}, {"code", "XCS"}});
  EXPECT_EQ(r.status, 403);
  auto up = upload(*staff, "commit", "工号,姓名,性别,部门\n9,某,男,办公室\n", "a.csv");
  EXPECT_EQ(up.status, 403);
  EXPECT_EQ(total(*login("renshi")), 4);
}

TEST_P(OrgHttpTest, ImportPreviewCommitAndExport) {
  auto hr = login("renshi");
  const std::string bad = "姓名,工号,性别,部门,入职日期\n甲,2001,男,办公室,2024-01-01\n乙,2002,男,不存在,2024-01-01\n";
  auto preview = upload(*hr, "preview", bad, "bad.csv");
  ASSERT_EQ(preview.status, 200) << preview.body;
  const json p = preview.json()["data"];
  EXPECT_FALSE(p["valid"].get<bool>());
  EXPECT_EQ(p["total_rows"], 2);
  EXPECT_EQ(p["rows"].size(), 2u);
  ASSERT_EQ(p["errors"].size(), 1u);
  EXPECT_EQ(p["errors"][0]["row"], 3);
  EXPECT_EQ(p["errors"][0]["field"], "部门");
  EXPECT_FALSE(p["errors"][0]["message_en"].get<std::string>().empty());

  auto commit = upload(*hr, "commit", bad, "bad.csv");
  ASSERT_EQ(commit.status, 400) << commit.body;
  EXPECT_EQ(commit.error_code(), "org.import.invalid");
  ASSERT_EQ(commit.json()["error"]["details"].size(), 1u);
  EXPECT_EQ(commit.json()["error"]["details"][0]["row"], 3);
  EXPECT_EQ(total(*hr), 4);  // nothing saved

  const std::string good = "\xEF\xBB\xBF工号,姓名,性别,部门,岗位,职级,是否领导干部,政治面貌,党支部,入职日期\n"
                           "2001,钱多多,女,办公室,文秘岗,科员,否,中共党员,第一党支部,2024-01-01\n"
                           "2002,孔令,男,GH1,,副科,否,群众,,2019-07-15\n";
  auto ok = upload(*hr, "commit", good, "good.csv");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["data"]["imported"], 2);
  EXPECT_EQ(total(*hr), 6);
  EXPECT_EQ(total(*hr, "&q=%E9%92%B1%E5%A4%9A%E5%A4%9A"), 1);  // 钱多多
  // Re-import: updates, never duplicates.
  ASSERT_EQ(upload(*hr, "commit", good, "good.csv").status, 200);
  EXPECT_EQ(total(*hr), 6);

  auto x = hr->get("/api/v1/org/people/export?sort=employee_no");
  ASSERT_EQ(x.status, 200);
  EXPECT_NE(x.header("Content-Type").find("spreadsheetml"), std::string::npos);
  auto rows = testing::ledger_rows(x.body, "人员名单");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 7u);
  EXPECT_EQ(rows->front().cells[0], "工号");
  EXPECT_EQ(rows->front().cells[1], "姓名");
  EXPECT_EQ((*rows)[1].cells[0], "1001");
  EXPECT_EQ((*rows)[6].cells[1], "孔令");
  // The export follows the filters and the scope.
  auto head = login("chuzhang");
  auto hx = head->get("/api/v1/org/people/export");
  ASSERT_EQ(hx.status, 200);
  EXPECT_EQ(testing::ledger_rows(hx.body, "人员名单")->size(), 4u);  // header + 3 in 规划处 tree
  // The export imports as it was exported (its title and filter rows are skipped): every
  // row updates the person it names, nothing is refused and nobody is added.
  auto back = upload(*hr, "commit", x.body, "人员名单.xlsx");
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json()["data"]["imported"], 6);
  EXPECT_EQ(total(*hr), 6);

  auto tpl = hr->get("/api/v1/org/import/template?kind=people");
  ASSERT_EQ(tpl.status, 200);
  EXPECT_EQ(spreadsheet::read_xlsx_rows(tpl.body, "t.xlsx")->front().cells[1], "姓名*");
}

TEST_P(OrgHttpTest, PositionEventsThroughTheApi) {
  auto hr = login("renshi");
  auto r = hr->post_json("/api/v1/org/people/" + std::to_string(clerk_) + "/position-events",
                         {{"kind", "promote"}, {"department_id", b_.office}, {"rank", "deputy_section"},
                          {"effective_date", "2026-03-01"}, {"note", "提拔"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["data"]["person"]["rank"], "deputy_section");
  auto bad = hr->post_json("/api/v1/org/people/" + std::to_string(clerk_) + "/position-events",
                           {{"kind", "transfer"}, {"department_id", b_.planning}, {"effective_date", "2026-01-01"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "effective_date");
  auto h = hr->get("/api/v1/org/people/" + std::to_string(clerk_) + "/positions");
  ASSERT_EQ(h.status, 200);
  ASSERT_EQ(h.json()["data"].size(), 2u);
  EXPECT_EQ(h.json()["data"][0]["kind"], "appoint");
  EXPECT_EQ(h.json()["data"][1]["kind"], "promote");
  EXPECT_EQ(h.json()["data"][1]["effective_date"], "2026-03-01");
  // The staff member sees their own history, not someone else's.
  auto staff = login("zhigong");
  EXPECT_EQ(staff->get("/api/v1/org/people/" + std::to_string(clerk_) + "/positions").status, 200);
  EXPECT_EQ(staff->get("/api/v1/org/people/" + std::to_string(head_) + "/positions").status, 404);
}

TEST_P(OrgHttpTest, DictionariesAndDashboard) {
  auto staff = login("zhigong");
  auto d = staff->get("/api/v1/dictionaries");
  ASSERT_EQ(d.status, 200);
  const json all = d.json()["data"];
  for (const char* name : {"role", "scope", "gender", "rank", "party_status", "position_event_kind", "audit_action"}) {
    ASSERT_TRUE(all.contains(name)) << name;
    for (const auto& e : all[name]) {
      EXPECT_FALSE(e["label_zh"].get<std::string>().empty()) << name;
      EXPECT_FALSE(e["label_en"].get<std::string>().empty()) << name;
    }
  }
  auto rank = staff->get("/api/v1/dictionaries/rank");
  ASSERT_EQ(rank.status, 200);
  EXPECT_EQ(rank.json()["data"]["title_zh"], "职级");
  EXPECT_EQ(staff->get("/api/v1/dictionaries/nope").status, 404);

  auto hr = login("renshi");
  auto dash = hr->get("/api/v1/dashboard");
  ASSERT_EQ(dash.status, 200) << dash.body;
  bool found = false;
  const json dj = dash.json();
  for (const auto& c : dj["data"]["cards"]) {
    if (c["key"] == "org.people") {
      found = true;
      EXPECT_EQ(c["value"], 4);
    }
  }
  EXPECT_TRUE(found) << dash.body;
  EXPECT_TRUE(dj["data"]["pending"].is_array());
  const json mine = staff->get("/api/v1/dashboard").json();
  for (const auto& c : mine["data"]["cards"]) {
    if (c["key"] == "org.people") EXPECT_EQ(c["value"], 1);
  }
}

// The people list is kept serialised in each server process and reused while the
// organisation's change version (bumped by triggers in every writer's transaction)
// is unchanged: a write made by another process is visible in the very next answer.
TEST_P(OrgHttpTest, PeopleListShowsAnotherProcessesWriteAtOnce) {
  testing::ServerProcessOptions o;
  o.database_url = url();
  auto second = testing::ServerProcess::start(o);
  ASSERT_TRUE(second.ok()) << second.error().to_string();
  auto on_a = login("renshi");
  auto on_b = login("renshi", second->get());
  auto names = [&](testing::HttpClient& c) {
    auto r = c.get("/api/v1/org/people?page_size=50&sort=employee_no");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::string> out;
    const json page = r.json();
    for (const auto& p : page["data"]) out.push_back(p["employee_no"].get<std::string>() + " " +
                                                         p["name"].get<std::string>() + " " +
                                                         p["department_name"].get<std::string>());
    return out;
  };
  const std::vector<std::string> before = {"1001 规划处长 规划处", "1002 规划科员 规划一科", "1003 办公室科员 办公室",
                                           "1004 办公室主任 办公室"};
  EXPECT_EQ(names(*on_b), before);
  EXPECT_EQ(names(*on_b), before);  // answered from B's memory now

  // Process A adds a person: B's next page has it, and the count moves with it.
  auto created = on_a->post_json("/api/v1/org/people", {{"employee_no", "1005"},
                                                         {"name", "新来的科员"},
                                                         {"gender", "female"},
                                                         {"department_id", b_.office},
                                                         {"joined_date", "2026-11-01"}});
  ASSERT_EQ(created.status, 200) << created.body;
  auto after_create = names(*on_b);
  ASSERT_EQ(after_create.size(), 5u);
  EXPECT_EQ(after_create.back(), "1005 新来的科员 办公室");
  EXPECT_EQ(total(*on_b), 5);

  // This test process renames a department with plain SQL: B shows the new name at once.
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto n = lease->get().execute("UPDATE departments SET name = ? WHERE id = ?", {std::string("综合办公室"), b_.office});
    ASSERT_TRUE(n.ok()) << n.error().to_string();
  }
  auto after_rename = names(*on_b);
  ASSERT_EQ(after_rename.size(), 5u);
  EXPECT_EQ(after_rename[2], "1003 办公室科员 综合办公室");
  EXPECT_EQ(after_rename[4], "1005 新来的科员 综合办公室");
  // A, which had its own copy of the old page, sees the same.
  EXPECT_EQ(names(*on_a), after_rename);

  // Other users on B still get their own scoped pages, not renshi's.
  auto staff = login("zhigong", second->get());
  EXPECT_EQ(total(*staff), 1);
  auto head = login("chuzhang", second->get());
  EXPECT_EQ(total(*head), 2);
  EXPECT_EQ((*second)->stop(), 0) << (*second)->output();
}

INSTANTIATE_TEST_SUITE_P(Both, OrgHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
