// `qingfeng demo` through the real binary (QF_BINARY) on both databases: the bureau
// it builds, the demo accounts' data scopes, the year of supervision data (clues in a
// mix of states, talks of every kind, a few people pending a talk), the refusal to run
// twice, and that a forced second run changes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/auth/accounts.h"
#include "domain/auth/data_scope.h"
#include "domain/clues/clue_store.h"
#include "domain/talks/pending_talks.h"
#include "domain/talks/talk_record.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
#include "domain/auth/server_key.h"
#include "support/test_databases.h"

namespace qf {
namespace {

class DemoTest : public testing::DatabaseTest {
 protected:
  // The folder the commands run in, as an operator's: `init` writes the server key file
  // (data/qingfeng.key) there and later commands need it — the audit chain is keyed with
  // it — so it is kept from one run to the next and removed in TearDown.
  std::filesystem::path dir() const {
    return std::filesystem::temp_directory_path() / ("qf-demo-" + std::to_string(::getpid()));
  }
  // Runs the binary with the test database; returns the exit status, output in *out.
  int run(const std::string& args, std::string* out) {
    const char* bin = std::getenv("QF_BINARY");
    const auto dir = this->dir();
    std::filesystem::create_directories(dir);
    std::string log = (dir / "out.txt").string();
    std::string cmd = "cd '" + dir.string() + "' && '" + bin + "' --database '" + url() + "' " + args + " > '" + log + "' 2>&1";
    int rc = std::system(cmd.c_str());
    std::ifstream in(log);
    std::stringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    std::filesystem::remove(log);
    return rc;
  }
  void SetUp() override {
    if (!std::getenv("QF_BINARY")) GTEST_SKIP() << "QF_BINARY is not set (make test sets it)";
    std::filesystem::remove_all(dir());
    DatabaseTest::SetUp();
  }
  void TearDown() override {
    std::filesystem::remove_all(dir());
    DatabaseTest::TearDown();
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

  // A year of supervision: clues walked through the state machine, visible to the
  // discipline staff assigned to them and to nobody else.
  auth::Principal secretary = scope_of("jiwei");
  auth::Principal office_head = scope_of("jjszr");
  EXPECT_TRUE(office_head.has_role(auth::Role::kDisciplineMember));
  auto office_head_account = auth::find_by_username(conn, "jjszr");
  ASSERT_TRUE(office_head_account.ok() && office_head_account->has_value());
  auto office_head_person = org::get_person_unscoped(conn, *(*office_head_account)->person_id);
  ASSERT_TRUE(office_head_person.ok());
  EXPECT_EQ(office_head_person->department_name, "机关纪委");
  auto clue_ids = clues::find_visible_clues(conn, secretary, {});
  ASSERT_TRUE(clue_ids.ok()) << clue_ids.error().to_string();
  EXPECT_GE(clue_ids->size(), 20u);
  EXPECT_LE(clue_ids->size(), 30u);
  EXPECT_EQ(clues::find_visible_clues(conn, scope_of("jijian"), {})->size(), clue_ids->size());
  EXPECT_EQ(clues::find_visible_clues(conn, office_head, {})->size(), clue_ids->size());
  EXPECT_EQ(clues::find_visible_clues(conn, head, {})->size(), 0u);
  auto stored = clues::load_clues(conn, *clue_ids, false);
  ASSERT_TRUE(stored.ok());
  std::map<clues::ClueState, int> states;
  std::set<clues::DisciplineForm> forms;
  std::set<clues::ClueSource> sources;
  for (const auto& s : *stored) {
    ++states[s.clue.state];
    sources.insert(s.clue.source);
    if (s.clue.outcome)
      for (const auto& m : s.clue.outcome->measures) forms.insert(clues::form_of(m.measure));
  }
  EXPECT_GE(states[clues::ClueState::kClosed], 8);
  EXPECT_GE(states[clues::ClueState::kHeld], 1);
  EXPECT_GE(states[clues::ClueState::kInHandling], 2);
  EXPECT_TRUE(forms.count(clues::DisciplineForm::kFirst));
  EXPECT_TRUE(forms.count(clues::DisciplineForm::kSecond));
  EXPECT_GE(sources.size(), 6u);
  auto cal = clues::load_calendar(conn);
  ASSERT_TRUE(cal.ok());
  const clues::ClueConfig rules{};
  auto reminders = clues::count_reminders(conn, secretary, clues::DueRules{rules, *cal}, *Date::parse("2026-11-20"));
  ASSERT_TRUE(reminders.ok());
  EXPECT_EQ(reminders->overdue, 1);  // the inquiry letter of August still unanswered

  // Talks of every kind; most of the year's promotions and transfers had theirs.
  talks::TalkQuery every;
  every.limit = 0;
  // Their summaries are sealed with the key file `init` wrote in the working folder.
  auto talk_key = auth::load_server_key((dir() / "data" / "qingfeng.key").string());
  ASSERT_TRUE(talk_key.ok()) << talk_key.error().to_string();
  auto all_talks = talks::list_talks(conn, *talk_key, every);
  ASSERT_TRUE(all_talks.ok());
  EXPECT_GE(all_talks->second, 25);
  EXPECT_LE(all_talks->second, 40);
  std::set<talks::TalkKind> kinds;
  for (const auto& t : all_talks->first) kinds.insert(t.kind);
  EXPECT_EQ(kinds.size(), talks::talk_kinds().size());
  auto pending = talks::load_pending_talks(conn, talks::TalkConfig{}, "2026-11-20");
  ASSERT_TRUE(pending.ok());
  EXPECT_GE(pending->size(), 2u);
  EXPECT_LE(pending->size(), 12u);
  EXPECT_TRUE(std::any_of(pending->begin(), pending->end(), [](const auto& p) { return p.overdue; }));

  EXPECT_NE(run("demo", &out), 0);
  EXPECT_NE(out.find("--force"), std::string::npos) << out;
  EXPECT_EQ(count_visible(conn, all), people);
  // Forced over itself, the demo adds nothing.
  ASSERT_EQ(run("demo --force", &out), 0) << out;
  EXPECT_EQ(count_visible(conn, all), people);
  EXPECT_EQ(clues::find_visible_clues(conn, secretary, {})->size(), clue_ids->size());
  EXPECT_EQ(talks::list_talks(conn, *talk_key, every)->second, all_talks->second);
  EXPECT_EQ(*org::count_events_since(conn, all, "promote", "2025-12-01"), *promoted);
}

INSTANTIATE_TEST_SUITE_P(Both, DemoTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
