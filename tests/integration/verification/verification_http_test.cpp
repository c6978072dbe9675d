// The /verification API through a real `qingfeng serve` (both databases): the yearly
// draw is recorded and repeatable (same seed and population, same list), candidates
// proposed for promotion join the round, each discrepancy gets the conclusion the form's
// handling rules suggest (with the rule), the cadre explains, the organisation department
// proposes, the discipline secretary approves, consequences are recorded, and 瞒报 shows
// on the integrity dossier as barring promotion. Need-to-know for every role (the three
// administrators, even one linked to the cadre, get the same 404 as for an absent
// record); nothing written is readable in the rows; the cadre's to-do and home page.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "domain/verification/sample.h"
#include "org_test_bureau.h"
#include "support/ledger_export.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

const std::string kDeclared = "报告房产一处位于演示市保密路七号";
const std::string kRegistry = "不动产登记另有滨江秘密苑十二幢";
const std::string kExplanation = "该房产系代亲属持有未及报告";
const std::string kBasis = "经查确属本人出资购买";
const std::string kConsequences = "诫勉谈话并取消提拔资格";
const std::string kPosition = "拟任规划处机密处长";

// ---- The draw itself (pure) ----

TEST(VerificationSample, TheSameSeedAndPopulationGiveTheSameListInAnyInputOrder) {
  std::vector<int64_t> pop;
  for (int64_t i = 1; i <= 57; ++i) pop.push_back(i * 3 + 100);
  const auto a = verification::draw_sample(pop, 424242, 10);
  ASSERT_EQ(a.size(), 6u);  // ceil(57 × 10 %)
  std::vector<int64_t> shuffled = pop;
  std::mt19937 g(7);
  std::shuffle(shuffled.begin(), shuffled.end(), g);
  EXPECT_EQ(verification::draw_sample(shuffled, 424242, 10), a);
  EXPECT_EQ(std::set<int64_t>(a.begin(), a.end()).size(), a.size()) << "no one twice";
  for (int64_t id : a) EXPECT_NE(std::find(pop.begin(), pop.end(), id), pop.end());
  // Other seeds give other lists (not all the same as a).
  int differ = 0;
  for (uint64_t s = 1; s <= 20; ++s) differ += verification::draw_sample(pop, s, 10) != a ? 1 : 0;
  EXPECT_GE(differ, 19);
  // Sizes: at least one, never more than the population.
  EXPECT_EQ(verification::sample_size(0, 10), 0);
  EXPECT_EQ(verification::sample_size(1, 10), 1);
  EXPECT_EQ(verification::sample_size(20, 10), 2);
  EXPECT_EQ(verification::sample_size(21, 10), 3);
  EXPECT_EQ(verification::sample_size(5, 100), 5);
  EXPECT_EQ(verification::draw_sample(pop, 9, 100).size(), pop.size());
  EXPECT_FALSE(verification::parse_seed("12a").has_value());
  EXPECT_FALSE(verification::parse_seed("99999999999999999999").has_value());
  EXPECT_EQ(verification::parse_seed("18446744073709551615").value(), 18446744073709551615ULL);
  const auto s = verification::new_seed();
  EXPECT_EQ(s.size(), 12u);
  EXPECT_TRUE(verification::parse_seed(s).has_value());
}

// ---- Through the server ----

class VerificationHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    cadre_ = orgtest::add_person(conn, b_, "3001", "甲干部", b_.planning, b_.branch1);
    plain_ = orgtest::add_person(conn, b_, "3002", "乙职工", b_.office);
    EXPECT_TRUE(conn.execute("UPDATE people SET is_leading_cadre = 1 WHERE id = ?", {cadre_}).ok());
    // Nineteen more leading cadres: twenty in all, a 10 % sample of two.
    for (int i = 0; i < 19; ++i) {
      const int64_t p = orgtest::add_person(conn, b_, std::to_string(4000 + i), "干部" + std::to_string(i),
                                            i % 2 ? b_.planning : b_.office);
      EXPECT_TRUE(conn.execute("UPDATE people SET is_leading_cadre = 1 WHERE id = ?", {p}).ok());
      others_.push_back(p);
    }
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person);
    };
    account("ganbu", cadre_, {Role::kStaff, ScopeKind::kSelf, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("banzi", std::nullopt, {Role::kCommitteeMember, ScopeKind::kOverseen, {}});
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("zhibu", std::nullopt, {Role::kBranchSecretary, ScopeKind::kBranch, b_.branch1});
    account("zhibujw", std::nullopt, {Role::kBranchInspector, ScopeKind::kBranch, b_.branch1});
    account("chuzhang", std::nullopt, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("zhigong", plain_, {Role::kStaff, ScopeKind::kSelf, {}});
    account("renshi", std::nullopt, {Role::kOrgHr, ScopeKind::kUnit, {}});
    account("renshi_bgs", std::nullopt, {Role::kOrgHr, ScopeKind::kDepartment, b_.office});
    account("sysadmin", cadre_, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  json ok(const testing::HttpResponse& r, const std::string& what) {
    EXPECT_EQ(r.status, 200) << what << ": " << r.body;
    return r.status == 200 ? r.json()["data"] : json();
  }
  static std::string item_path(int64_t id, const std::string& tail = "") {
    return "/api/v1/verification/items/" + std::to_string(id) + tail;
  }
  int64_t new_round(int year) {
    return ok(as("renshi").post_json("/api/v1/verification/rounds", {{"year", year}}), "round")["id"];
  }
  // The member of the cadre 甲干部 in a new round (as a candidate); its id.
  int64_t cadre_member(int year) {
    const int64_t round = new_round(year);
    return ok(as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(round) + "/candidates",
                                     {{"person_id", cadre_}, {"position", kPosition}}),
              "candidate")["member_id"];
  }
  json add_item(int64_t member, const std::string& item, const std::string& kind) {
    return ok(as("renshi").post_json("/api/v1/verification/members/" + std::to_string(member) + "/items",
                                     {{"item", item}, {"discrepancy", kind}, {"declared", kDeclared}, {"registry", kRegistry}}),
              "item")["item"];
  }

  orgtest::Bureau b_;
  int64_t cadre_ = 0, plain_ = 0;
  std::vector<int64_t> others_;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(VerificationHttpTest, TheDrawIsRecordedAndTheSameSeedAndPopulationGiveTheSameList) {
  const int64_t r1 = new_round(2025);
  json drawn = ok(as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(r1) + "/draw", {{"seed", "123456789"}}),
                  "draw");
  EXPECT_EQ(drawn["round"]["seed"], "123456789");
  EXPECT_EQ(drawn["round"]["population_count"], 20);
  EXPECT_EQ(drawn["round"]["drawn_count"], 2);
  // The list equals the documented algorithm over the active leading cadres.
  std::vector<int64_t> population{cadre_};
  population.insert(population.end(), others_.begin(), others_.end());
  const auto expected = verification::draw_sample(population, 123456789, 10);
  auto sampled_people = [&](int64_t round) {
    const json d = ok(as("renshi").get("/api/v1/verification/rounds/" + std::to_string(round)), "round");
    std::vector<int64_t> out;
    for (const auto& m : d["members"])
      if (m["sampled"].get<bool>()) {
        EXPECT_EQ(m["draw_order"], static_cast<int64_t>(out.size() + 1));
        out.push_back(m["person_id"]);
      }
    return out;
  };
  EXPECT_EQ(sampled_people(r1), expected);
  // Drawing again is refused; another year with the same seed and population: same list.
  auto again = as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(r1) + "/draw", {{"seed", "1"}});
  EXPECT_EQ(again.status, 409) << again.body;
  const int64_t r2 = new_round(2024);
  ok(as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(r2) + "/draw", {{"seed", "123456789"}}), "draw");
  EXPECT_EQ(sampled_people(r2), expected);
  // A new random seed when none is given, recorded; a bad seed names the field.
  const int64_t r3 = new_round(2023);
  auto bad = as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(r3) + "/draw", {{"seed", "12x"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "seed");
  json random = ok(as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(r3) + "/draw", json::object()),
                   "draw");
  EXPECT_EQ(random["round"]["seed"].get<std::string>().size(), 12u);
  // One round per year; the percentage is checked.
  EXPECT_EQ(as("renshi").post_json("/api/v1/verification/rounds", {{"year", 2025}}).status, 409);
  auto pct = as("renshi").post_json("/api/v1/verification/rounds", {{"year", 2022}, {"sample_percent", 0}});
  EXPECT_EQ(pct.status, 400);
  EXPECT_EQ(pct.json()["error"]["field"], "sample_percent");
  // The export has the ledger layout, one row per member, in the order of the draw.
  auto x = as("renshi").get("/api/v1/verification/rounds/" + std::to_string(r1) + "/export");
  ASSERT_EQ(x.status, 200);
  auto rows = testing::ledger_rows(x.body, "领导干部个人有关事项核查名单");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 3u);  // header + 2
  // Every read of a round (two above) and the export are audited.
  EXPECT_EQ(audit_count("verification_round.read"), 3);
}

TEST_P(VerificationHttpTest, CandidatesProposedForPromotionJoinTheRound) {
  const int64_t round = new_round(2025);
  const std::string base = "/api/v1/verification/rounds/" + std::to_string(round);
  ok(as("renshi").post_json(base + "/candidates", {{"person_id", cadre_}, {"position", kPosition}}), "candidate");
  auto twice = as("renshi").post_json(base + "/candidates", {{"person_id", cadre_}, {"position", kPosition}});
  EXPECT_EQ(twice.status, 409) << twice.body;
  auto not_cadre = as("renshi").post_json(base + "/candidates", {{"person_id", plain_}, {"position", "科长"}});
  EXPECT_EQ(not_cadre.status, 400);
  EXPECT_EQ(not_cadre.json()["error"]["field"], "person_id");
  EXPECT_FALSE(not_cadre.json()["error"]["message_zh"].get<std::string>().empty());
  EXPECT_FALSE(not_cadre.json()["error"]["message_en"].get<std::string>().empty());
  auto no_post = as("renshi").post_json(base + "/candidates", {{"person_id", others_[0]}, {"position", " "}});
  EXPECT_EQ(no_post.status, 400);
  EXPECT_EQ(no_post.json()["error"]["field"], "position");
  const json d = ok(as("renshi").get(base), "round");
  ASSERT_EQ(d["members"].size(), 1u);
  EXPECT_TRUE(d["members"][0]["candidate"].get<bool>());
  EXPECT_FALSE(d["members"][0]["sampled"].get<bool>());
  EXPECT_EQ(d["members"][0]["candidate_position"], kPosition);
  // After the draw a candidate who is drawn is both; the list still has each person once.
  ok(as("renshi").post_json(base + "/draw", {{"seed", "77"}}), "draw");
  const json after = ok(as("renshi").get(base), "round");
  std::set<int64_t> people;
  for (const auto& m : after["members"]) people.insert(m["person_id"].get<int64_t>());
  EXPECT_EQ(people.size(), after["members"].size());
  EXPECT_TRUE(people.count(cadre_));
}

TEST_P(VerificationHttpTest, TheFormsHandlingRulesSuggestTheConclusionAndNameTheRule) {
  const int64_t member = cadre_member(2025);
  struct Case {
    const char* item;
    const char* kind;
    const char* rule;
    const char* conclusion;
  };
  for (const Case& c : {Case{"real_estate", "missing", "missing_property", "concealed"},
                        Case{"real_estate", "understated", "understated_area", "omitted"},
                        Case{"passports", "missing", "omitted_document", "omitted"},
                        Case{"securities", "understated", "understated_amount", "omitted"},
                        Case{"family_business", "missing", "missing_business", "concealed"},
                        Case{"marriage", "missing", "missing_family_item", "concealed"}}) {
    json it = add_item(member, c.item, c.kind);
    const json full = ok(as("renshi").get(item_path(it["id"])), "item");
    ASSERT_TRUE(full["item"]["suggestion"].is_object()) << c.item << " " << c.kind;
    EXPECT_EQ(full["item"]["suggestion"]["rule_code"], c.rule) << c.item << " " << c.kind;
    EXPECT_EQ(full["item"]["suggestion"]["conclusion"], c.conclusion) << c.item << " " << c.kind;
    EXPECT_FALSE(full["item"]["suggestion"]["rule_zh"].get<std::string>().empty());
  }
  // No rule for an understated salary: no suggestion; the handler must give a basis.
  json salary = add_item(member, "salary", "understated");
  EXPECT_TRUE(ok(as("renshi").get(item_path(salary["id"])), "item")["item"]["suggestion"].is_null());
  ok(as("ganbu").post_json(item_path(salary["id"], "/explain"), {{"explanation", kExplanation}}), "explain");
  auto no_basis = as("renshi").post_json(item_path(salary["id"], "/propose"), {{"conclusion", "truthful"}});
  EXPECT_EQ(no_basis.status, 400) << no_basis.body;
  EXPECT_EQ(no_basis.json()["error"]["field"], "basis");
  ok(as("renshi").post_json(item_path(salary["id"], "/propose"), {{"conclusion", "truthful"}, {"basis", kBasis}}), "propose");
  // Following the suggestion needs no basis; departing from it does.
  json home = add_item(member, "real_estate", "missing");
  ok(as("ganbu").post_json(item_path(home["id"], "/explain"), {{"explanation", kExplanation}}), "explain");
  auto softer = as("renshi").post_json(item_path(home["id"], "/propose"), {{"conclusion", "omitted"}});
  EXPECT_EQ(softer.status, 400);
  EXPECT_EQ(softer.json()["error"]["field"], "basis");
  auto bad = as("renshi").post_json(item_path(home["id"], "/propose"), {{"conclusion", "maybe"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "conclusion");
  json proposed = ok(as("renshi").post_json(item_path(home["id"], "/propose"), {{"conclusion", "concealed"}}), "propose");
  EXPECT_EQ(proposed["item"]["status"], "proposed");
  // Bad item and kind are named.
  auto bad_item = as("renshi").post_json("/api/v1/verification/members/" + std::to_string(member) + "/items",
                                         {{"item", "yachts"}, {"discrepancy", "missing"}, {"declared", "x"}, {"registry", "y"}});
  EXPECT_EQ(bad_item.status, 400);
  EXPECT_EQ(bad_item.json()["error"]["field"], "item");
  auto bad_kind = as("renshi").post_json("/api/v1/verification/members/" + std::to_string(member) + "/items",
                                         {{"item", "salary"}, {"discrepancy", "wrong"}, {"declared", "x"}, {"registry", "y"}});
  EXPECT_EQ(bad_kind.json()["error"]["field"], "discrepancy");
}

TEST_P(VerificationHttpTest, ConcealmentApprovedByTheDisciplineSecretaryBarsPromotionOnTheDossier) {
  const int64_t member = cadre_member(2025);
  const int64_t id = add_item(member, "real_estate", "missing")["id"];
  // The cadre sees the item (no suggestion, no conclusion yet) and explains.
  json own = ok(as("ganbu").get(item_path(id)), "own");
  EXPECT_EQ(own["item"]["registry"], kRegistry);
  EXPECT_TRUE(own["item"]["suggestion"].is_null());
  EXPECT_TRUE(own["item"]["access"]["can_explain"].get<bool>());
  // The handler cannot conclude before the explanation.
  EXPECT_EQ(as("renshi").post_json(item_path(id, "/propose"), {{"conclusion", "concealed"}}).status, 409);
  ok(as("ganbu").post_json(item_path(id, "/explain"), {{"explanation", kExplanation}}), "explain");
  ok(as("renshi").post_json(item_path(id, "/propose"), {{"conclusion", "concealed"}, {"basis", kBasis}}), "propose");
  EXPECT_TRUE(ok(as("ganbu").get(item_path(id)), "own")["item"]["conclusion"].is_null()) << "not before approval";
  // The organisation department does not approve; the discipline secretary returns, then approves.
  EXPECT_EQ(as("renshi").post_json(item_path(id, "/approve")).status, 403);
  auto no_reason = as("shuji").post_json(item_path(id, "/return"), {{"reason", ""}});
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  ok(as("shuji").post_json(item_path(id, "/return"), {{"reason", "请补充登记查询材料"}}), "return");
  EXPECT_EQ(ok(as("renshi").get(item_path(id)), "item")["item"]["return_reason"], "请补充登记查询材料");
  EXPECT_EQ(ok(as("ganbu").get(item_path(id)), "own")["item"]["return_reason"], "");
  ok(as("renshi").post_json(item_path(id, "/propose"), {{"conclusion", "concealed"}, {"basis", kBasis}}), "propose");
  EXPECT_TRUE(ok(as("shuji").get(item_path(id)), "item")["item"]["access"]["can_approve"].get<bool>());
  json approved = ok(as("shuji").post_json(item_path(id, "/approve")), "approve");
  EXPECT_EQ(approved["item"]["status"], "approved");
  EXPECT_EQ(approved["item"]["conclusion"], "concealed");
  ok(as("renshi").post_json(item_path(id, "/consequences"), {{"consequences", kConsequences}}), "consequences");
  json mine = ok(as("ganbu").get("/api/v1/verification/mine"), "mine");
  ASSERT_EQ(mine["items"].size(), 1u);
  EXPECT_EQ(mine["items"][0]["conclusion"], "concealed");
  EXPECT_EQ(mine["items"][0]["consequences"], kConsequences);
  // The dossier: 瞒报 bars promotion; clues only for the discipline committee.
  const std::string dossier = "/api/v1/verification/dossiers/" + std::to_string(cadre_);
  const int64_t reads = audit_count("integrity_dossier.read");
  json d = ok(as("renshi").get(dossier), "dossier");
  EXPECT_TRUE(d["barred_from_promotion"].get<bool>());
  ASSERT_EQ(d["verification"].size(), 1u);
  EXPECT_EQ(d["verification"][0]["result"], "concealed");
  EXPECT_EQ(d["verification"][0]["items"][0]["conclusion"], "concealed");
  EXPECT_TRUE(d["clues"].is_null());
  json ds = ok(as("shuji").get(dossier), "dossier");
  EXPECT_TRUE(ds["clues"].is_array());
  EXPECT_EQ(audit_count("integrity_dossier.read"), reads + 2);
  // Another cadre's dossier is not barred.
  json clean = ok(as("renshi").get("/api/v1/verification/dossiers/" + std::to_string(others_[0])), "dossier");
  EXPECT_FALSE(clean["barred_from_promotion"].get<bool>());
  // Not a leading cadre: no dossier (404).
  EXPECT_EQ(as("renshi").get("/api/v1/verification/dossiers/" + std::to_string(plain_)).status, 404);
}

TEST_P(VerificationHttpTest, EachRoleSeesOnlyWhatItsGrantsAllowAndTheAdministratorsNothing) {
  const int64_t member = cadre_member(2025);
  const int64_t id = add_item(member, "real_estate", "missing")["id"];
  const auto absent = as("renshi").get(item_path(999999));
  ASSERT_EQ(absent.status, 404);
  const std::string dossier = "/api/v1/verification/dossiers/" + std::to_string(cadre_);
  const auto absent_dossier = as("renshi").get("/api/v1/verification/dossiers/999999");
  ASSERT_EQ(absent_dossier.status, 404);
  for (const char* reader : {"renshi", "shuji"}) {
    EXPECT_EQ(ok(as(reader).get(item_path(id)), reader)["item"]["declared"], kDeclared) << reader;
    EXPECT_EQ(ok(as(reader).get(dossier), reader)["person"]["name"], "甲干部") << reader;
    EXPECT_EQ(ok(as(reader).get("/api/v1/verification/rounds"), reader)["rounds"].size(), 1u) << reader;
  }
  // The discipline secretary reads but does not run the verification.
  EXPECT_EQ(as("shuji").post_json("/api/v1/verification/members/" + std::to_string(member) + "/items",
                                  {{"item", "salary"}, {"discrepancy", "missing"}, {"declared", "x"}, {"registry", "y"}})
                .status,
            404);
  for (const char* user : {"dangwei", "banzi", "jijian", "zhibu", "zhibujw", "chuzhang", "zhigong", "renshi_bgs",
                           "sysadmin", "secadmin", "auditor"}) {
    auto r = as(user).get(item_path(id));
    EXPECT_EQ(r.status, 404) << user;
    EXPECT_EQ(r.body, absent.body) << user;
    auto d = as(user).get(dossier);
    EXPECT_EQ(d.status, 404) << user;
    EXPECT_EQ(d.body, absent_dossier.body) << user;
    for (const char* action : {"/explain", "/propose", "/approve", "/return", "/consequences"})
      EXPECT_EQ(as(user).post_json(item_path(id, action), {{"explanation", "x"}, {"conclusion", "truthful"}, {"basis", "x"}, {"reason", "x"}, {"consequences", "x"}}).status, 404)
          << user << action;
    EXPECT_EQ(as(user).post_json("/api/v1/verification/members/" + std::to_string(member) + "/items",
                                 {{"item", "salary"}, {"discrepancy", "missing"}, {"declared", "x"}, {"registry", "y"}})
                  .status,
              404)
        << user;
    if (std::string(user) != "renshi_bgs") EXPECT_EQ(as(user).get("/api/v1/verification/rounds").status, 404) << user;
    auto mine = as(user).get("/api/v1/verification/mine");
    if (mine.status == 200) EXPECT_TRUE(mine.json()["data"]["items"].empty()) << user;
    else EXPECT_EQ(mine.status, 404) << user;
  }
  // renshi_bgs (organisation department for 办公室 only) sees the round but not the
  // member from 规划处.
  const json rounds = ok(as("renshi_bgs").get("/api/v1/verification/rounds"), "bgs");
  ASSERT_EQ(rounds["rounds"].size(), 1u);
  const json round = ok(as("renshi_bgs").get("/api/v1/verification/rounds/" + rounds["rounds"][0]["id"].dump()), "bgs");
  EXPECT_TRUE(round["members"].empty());
  EXPECT_EQ(ok(as("renshi").get("/api/v1/verification/rounds/" + rounds["rounds"][0]["id"].dump()), "renshi")["members"].size(), 1u);
  // The cadre sees only their own item and cannot act as the department.
  EXPECT_EQ(ok(as("ganbu").get(item_path(id)), "own")["item"]["id"], id);
  EXPECT_EQ(as("ganbu").get(dossier).status, 404);
  EXPECT_EQ(as("ganbu").get("/api/v1/verification/rounds").status, 404);
  EXPECT_EQ(as("ganbu").post_json(item_path(id, "/propose"), {{"conclusion", "truthful"}, {"basis", "x"}}).status, 403);
}

TEST_P(VerificationHttpTest, NothingWrittenIsReadableInTheRowsAndTheCadreIsReminded) {
  const int64_t member = cadre_member(2025);
  const int64_t id = add_item(member, "real_estate", "missing")["id"];
  // The cadre's to-do: a message and the home-page item.
  auto explain_messages = [&] {
    std::vector<json> out;
    const json body = ok(as("ganbu").get("/api/v1/messages?page_size=200&status=open"), "messages");
    for (const auto& m : body)
      if (m["source"] == "verification.explain") out.push_back(m);
    return out;
  };
  auto msgs = explain_messages();
  ASSERT_EQ(msgs.size(), 1u);
  EXPECT_EQ(msgs[0]["link"], "/verification/items/" + std::to_string(id));
  auto pending = [&](const std::string& user) -> int64_t {
    const json d = ok(as(user).get("/api/v1/dashboard"), "dashboard");
    for (const auto& p : d["pending"])
      if (p["key"] == "verification.explain") return p["count"];
    return 0;
  };
  EXPECT_EQ(pending("ganbu"), 1);
  EXPECT_EQ(pending("renshi"), 0);
  ok(as("ganbu").post_json(item_path(id, "/explain"), {{"explanation", kExplanation}}), "explain");
  EXPECT_TRUE(explain_messages().empty());
  EXPECT_EQ(pending("ganbu"), 0);
  ok(as("renshi").post_json(item_path(id, "/propose"), {{"conclusion", "concealed"}, {"basis", kBasis}}), "propose");
  ok(as("shuji").post_json(item_path(id, "/return"), {{"reason", "退回原因机密"}}), "return");
  ok(as("renshi").post_json(item_path(id, "/propose"), {{"conclusion", "concealed"}, {"basis", kBasis}}), "propose");
  ok(as("shuji").post_json(item_path(id, "/approve")), "approve");
  ok(as("renshi").post_json(item_path(id, "/consequences"), {{"consequences", kConsequences}}), "consequences");
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  std::string all;
  for (const char* sql : {"SELECT * FROM verification_items", "SELECT * FROM verification_members",
                          "SELECT * FROM verification_item_events", "SELECT * FROM verification_rounds",
                          "SELECT * FROM audit_log", "SELECT * FROM inbox_messages"}) {
    auto rows = lease->get().query(sql);
    ASSERT_TRUE(rows.ok()) << sql;
    for (const auto& r : *rows)
      for (size_t i = 0; i < r.size(); ++i) all += r.text(i) + "\n";
  }
  ASSERT_NE(all.find("v1:"), std::string::npos) << "sealed values are there";
  for (const std::string& secret : {kDeclared, kRegistry, kExplanation, kBasis, kConsequences, kPosition,
                                    std::string("退回原因机密"), std::string("real_estate"), std::string("concealed")})
    EXPECT_EQ(all.find(secret), std::string::npos) << secret;
  // The reader still opens them.
  json it = ok(as("renshi").get(item_path(id)), "item");
  EXPECT_EQ(it["item"]["explanation"], kExplanation);
  EXPECT_EQ(it["item"]["consequences"], kConsequences);
}

TEST_P(VerificationHttpTest, ABadVerificationSettingStopsTheServer) {
  const std::string text = testing::refused_start_text(url(), "[verification]\nsample_percent = 0\n");
  EXPECT_NE(text.find("verification.sample_percent"), std::string::npos) << text;
  const std::string unknown = testing::refused_start_text(url(), "[verification]\npercent = 3\n");
  EXPECT_NE(unknown.find("verification.percent"), std::string::npos) << unknown;
}

INSTANTIATE_TEST_SUITE_P(Both, VerificationHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
