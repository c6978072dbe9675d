#pragma once
// A real `qingfeng serve` (both databases) with the small bureau of the organisation
// tests, one reported person, and one account per part a clue involves: shuji (the
// discipline secretary), jijian1 and jijian2 (members), jjszr (the office head), and
// chuzhang, dangwei, zhigong, sysadmin, secadmin, auditor (who must never see a clue).
// Shared by the clue and message-centre HTTP tests.
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/calendar.h"
#include "core/clock.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf::testing {

class ClueServedTest : public ServedDatabaseTest {
 protected:
  using json = nlohmann::json;
  static constexpr int64_t kDayMs = 24LL * 3600 * 1000;

  void SetUp() override {
    today_ = Date::from_unix_ms(SystemClock().now_ms()).to_string();
    ServedDatabaseTest::SetUp();
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    reported_ = orgtest::add_person(conn, b_, "2001", "张被反映", b_.planning, b_.branch1, b_.approval_pos);
    const int64_t head_person = orgtest::add_person(conn, b_, "2002", "规划处长", b_.planning);
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = add_test_account(conn, user, {g}, person, "显示" + user);
    };
    using auth::Role;
    using auth::ScopeKind;
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian1", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("jijian2", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("jjszr", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("chuzhang", head_person, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("zhigong", reported_, {Role::kStaff, ScopeKind::kSelf, {}});
    account("sysadmin", std::nullopt, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  // A signed-in client per user, kept across calls.
  HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  // Registers a clue as `user` about the reported person, received today; the detail.
  json register_clue(const std::string& user, json extra = json::object()) {
    json body{{"source", "petition"},
              {"category", "integrity"},
              {"matter", "反映其在项目验收中收受礼金"},
              {"received_on", today_},
              {"persons", json::array({{{"person_id", reported_}}})}};
    for (auto& [k, v] : extra.items()) body[k] = v;
    auto r = as(user).post_json("/api/v1/clues", body);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["data"];
  }
  // The clue registered by the secretary, handled by jijian1 with jjszr as office head.
  json assigned_clue() {
    return register_clue("shuji", {{"assignments",
                                    json::array({{{"account_id", ids_["jijian1"]}, {"part", "handler"}},
                                                 {{"account_id", ids_["jjszr"]}, {"part", "dept_head"}}})}});
  }
  HttpResponse act(const std::string& user, int64_t id, json body) {
    return as(user).post_json("/api/v1/clues/" + std::to_string(id) + "/actions", body);
  }
  json act_ok(const std::string& user, int64_t id, json body) {
    auto r = act(user, id, body);
    EXPECT_EQ(r.status, 200) << user << " " << body.dump() << ": " << r.body;
    return r.json()["data"];
  }
  void move_clock(int64_t offset_ms) {
    auto r = as("shuji").post_json("/api/v1/test/clock", {{"offset_ms", offset_ms}});
    ASSERT_EQ(r.status, 200) << r.body;
    clients_.clear();  // sessions idle out across the jump: sign in again
  }

  orgtest::Bureau b_;
  int64_t reported_ = 0;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<HttpClient>> clients_;
  std::string today_;
};

}  // namespace qf::testing
