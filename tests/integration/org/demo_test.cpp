// `qingfeng demo` through the real binary (QF_BINARY) on both databases: the bureau
// it builds, the demo accounts' data scopes, and the refusal to run twice.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
#include "support/test_databases.h"

namespace qf {
namespace {

class DemoTest : public testing::DatabaseTest {
 protected:
  // Runs the binary with the test database; returns the exit status, output in *out.
  int run(const std::string& args, std::string* out) {
    const char* bin = std::getenv("QF_BINARY");
    auto dir = std::filesystem::temp_directory_path() / ("qf-demo-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::string log = (dir / "out.txt").string();
    std::string cmd = "cd '" + dir.string() + "' && '" + bin + "' --database '" + url() + "' " + args + " > '" + log + "' 2>&1";
    int rc = std::system(cmd.c_str());
    std::ifstream in(log);
    std::stringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    std::filesystem::remove_all(dir);
    return rc;
  }
  void SetUp() override {
    if (!std::getenv("QF_BINARY")) GTEST_SKIP() << "QF_BINARY is not set (make test sets it)";
    DatabaseTest::SetUp();
  }
};

int64_t count_visible(store::Connection& conn, const auth::Principal& p) {
  org::PeopleQuery q;
  auto r = org::search_people(conn, p, q);
  EXPECT_TRUE(r.ok());
  return r.ok() ? r->second : -1;
}

TEST_P(DemoTest, BuildsTheBureauWithScopedDemoAccountsAndRefusesASecondRun) {
  std::string out;
  ASSERT_EQ(run("init", &out), 0) << out;
  ASSERT_EQ(run("demo", &out), 0) << out;
  EXPECT_NE(out.find("chuzhang"), std::string::npos);
  EXPECT_NE(out.find("Qingfeng@2026"), std::string::npos);
  EXPECT_NE(out.find("http://"), std::string::npos);

  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  store::Connection& conn = lease->get();
  auto depts = org::list_departments(conn, false);
  ASSERT_TRUE(depts.ok());
  EXPECT_GE(depts->size(), 12u);
  auto branches = org::list_branches(conn, false);
  EXPECT_EQ(branches->size(), 8u);
  auth::Principal all;
  all.unit_wide = true;
  int64_t people = count_visible(conn, all);
  EXPECT_GE(people, 280);
  EXPECT_LE(people, 320);
  org::PeopleQuery cadres;
  cadres.leading_cadre = true;
  int64_t leading = org::search_people(conn, all, cadres)->second;
  EXPECT_GE(leading * 100, people * 7);
  EXPECT_LE(leading * 100, people * 13);
  org::PeopleQuery members;
  members.party_member = true;
  int64_t party = org::search_people(conn, all, members)->second;
  EXPECT_GE(party * 100, people * 60);
  EXPECT_LE(party * 100, people * 80);

  const int64_t now = 1790000000000;
  auto scope_of = [&](const std::string& username) {
    auto acc = auth::find_by_username(conn, username);
    EXPECT_TRUE(acc.ok() && acc->has_value()) << username;
    EXPECT_FALSE((*acc)->must_change_password) << username;
    auto p = auth::load_principal(conn, (*acc)->id, now);
    EXPECT_TRUE(p.ok()) << username;
    return *p;
  };
  EXPECT_EQ(count_visible(conn, scope_of("dangwei")), people);
  EXPECT_EQ(count_visible(conn, scope_of("zhigong")), 1);
  auth::Principal head = scope_of("chuzhang");
  int64_t in_dept = count_visible(conn, head);
  EXPECT_GT(in_dept, 10);
  EXPECT_LT(in_dept, people / 4);
  org::PeopleQuery q;
  q.limit = 0;
  for (const auto& p : org::search_people(conn, head, q)->first) {
    EXPECT_TRUE(head.department_ids.count(*p.department_id)) << p.name;
  }
  int64_t overseen = count_visible(conn, scope_of("banzi"));
  EXPECT_GT(overseen, in_dept);  // 规划处 and 测绘地理信息处
  EXPECT_LT(overseen, people);
  EXPECT_GT(count_visible(conn, scope_of("zhibu")), 5);

  // A year of promotions and transfers.
  auto promoted = org::count_events_since(conn, all, "promote", "2025-12-01");
  EXPECT_GT(*promoted, 10);
  auto transferred = org::count_events_since(conn, all, "transfer", "2025-12-01");
  EXPECT_GT(*transferred, 10);

  EXPECT_NE(run("demo", &out), 0);
  EXPECT_NE(out.find("--force"), std::string::npos) << out;
  EXPECT_EQ(count_visible(conn, all), people);
}

INSTANTIATE_TEST_SUITE_P(Both, DemoTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
