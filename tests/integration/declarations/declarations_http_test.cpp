// The /declarations API through a real `qingfeng serve` (both databases): a leading
// cadre fills, submits, gets the report back with a reason and resubmits; the
// organisation department reads, returns and accepts; need-to-know for each of the
// twelve roles (the three administrators, even one linked to the cadre's person record,
// get the same 404 as for a report that does not exist); every read audited; bad input
// named in both languages; nothing written readable in the rows; a bad [declarations]
// setting stops the server.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "core/resident_id.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

const std::string kSpouseName = "欧阳素秘";
const std::string kReason = "房产面积与不动产登记不符请核实";

json full_content() {
  json none{{"none", true}};
  json items = json::object();
  std::string first17 = "33010219790315123";
  const std::string id = first17 + ResidentId::check_character(first17);
  items["marriage"] = {{"rows", {{{"status", "已婚"}, {"spouse_name", kSpouseName}, {"spouse_id", id}}}}};
  items["passports"] = {{"rows", {{{"passport_no", "E12345678"}, {"issued_on", "2019-05-10"}, {"expires_on", "2029-05-09"},
                                   {"kept_by", "组织集中保管"}}}}};
  for (const char* c : {"private_trips", "permits", "children_foreign_marriage", "family_abroad", "criminal_liability",
                        "labor_income", "securities", "family_business", "assets_abroad", "family_employment"})
    items[c] = none;
  items["salary"] = {{"rows", {{{"annual_salary", "168000"}, {"allowances", "24000"}}}}};
  items["real_estate"] = {{"rows", {{{"owner", "本人"}, {"owner_name", "甲"}, {"address", "演示市秘密路九十九号"},
                                     {"use", "住宅"}, {"area", "96.5"}, {"acquired_on", "2012-06-18"}}}}};
  return json{{"items", items}, {"note", ""}};
}

class DeclarationsHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    cadre_ = orgtest::add_person(conn, b_, "3001", "甲干部", b_.planning, b_.branch1);
    const int64_t plain = orgtest::add_person(conn, b_, "3002", "乙职工", b_.office);
    EXPECT_TRUE(conn.execute("UPDATE people SET is_leading_cadre = 1 WHERE id = ?", {cadre_}).ok());
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person);
    };
    // The cadre (a staff-role account on the cadre's own person).
    account("ganbu", cadre_, {Role::kStaff, ScopeKind::kSelf, {}});
    // Every role, none of them the cadre.
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("banzi", std::nullopt, {Role::kCommitteeMember, ScopeKind::kOverseen, {}});
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("zhibu", std::nullopt, {Role::kBranchSecretary, ScopeKind::kBranch, b_.branch1});
    account("zhibujw", std::nullopt, {Role::kBranchInspector, ScopeKind::kBranch, b_.branch1});
    account("chuzhang", std::nullopt, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("zhigong", plain, {Role::kStaff, ScopeKind::kSelf, {}});
    account("renshi", std::nullopt, {Role::kOrgHr, ScopeKind::kUnit, {}});
    account("renshi_bgs", std::nullopt, {Role::kOrgHr, ScopeKind::kDepartment, b_.office});
    // An administrator linked to the cadre's own person record still gets nothing.
    account("sysadmin", cadre_, {Role::kSysAdmin, ScopeKind::kUnit, {}});
    account("secadmin", std::nullopt, {Role::kSecAdmin, ScopeKind::kUnit, {}});
    account("auditor", std::nullopt, {Role::kAuditor, ScopeKind::kUnit, {}});
  }
  testing::HttpClient& as(const std::string& user) {
    auto it = clients_.find(user);
    if (it != clients_.end()) return *it->second;
    return *(clients_[user] = login(user));
  }
  std::string path(int64_t id, const std::string& tail = "") { return "/api/v1/declarations/" + std::to_string(id) + tail; }
  json ok(const testing::HttpResponse& r, const std::string& what) {
    EXPECT_EQ(r.status, 200) << what << ": " << r.body;
    return r.status == 200 ? r.json()["data"] : json();
  }
  // The cadre's 2025 report, filled and submitted; its id.
  int64_t submitted() {
    json made = ok(as("ganbu").post_json("/api/v1/declarations", {{"kind", "annual"}, {"year", 2025}}), "create");
    const int64_t id = made["declaration"]["id"];
    json saved = ok(as("ganbu").put_json(path(id), {{"version", made["declaration"]["version"]}, {"content", full_content()}}),
                    "save");
    ok(as("ganbu").post_json(path(id, "/submit"), {{"version", saved["declaration"]["version"]}}), "submit");
    return id;
  }

  orgtest::Bureau b_;
  int64_t cadre_ = 0;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(DeclarationsHttpTest, TheCadreSubmitsTheDepartmentReturnsWithAReasonTheCadreResubmitsAndItIsAccepted) {
  json mine = ok(as("ganbu").get("/api/v1/declarations/mine"), "mine");
  EXPECT_TRUE(mine["leading_cadre"].get<bool>());
  EXPECT_FALSE(mine["annual_due"].get<std::string>().empty());
  const int64_t id = submitted();
  // The organisation department sees it waiting and returns it with a reason.
  json list = ok(as("renshi").get("/api/v1/declarations?state=submitted"), "list");
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["id"], id);
  EXPECT_EQ(list[0]["person_name"], "甲干部");
  auto no_reason = as("renshi").post_json(path(id, "/return"), {{"reason", ""}});
  EXPECT_EQ(no_reason.status, 400) << no_reason.body;
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  ok(as("renshi").post_json(path(id, "/return"), {{"reason", kReason}}), "return");
  // The cadre reads the reason, corrects and resubmits.
  json back = ok(as("ganbu").get(path(id)), "detail");
  EXPECT_EQ(back["declaration"]["state"], "returned");
  EXPECT_EQ(back["return_reason"], kReason);
  EXPECT_TRUE(back["access"]["can_edit"].get<bool>());
  EXPECT_EQ(back["form"]["revision"], "2023");
  json content = full_content();
  content["items"]["real_estate"]["rows"][0]["area"] = "98.2";
  json saved = ok(as("ganbu").put_json(path(id), {{"version", back["declaration"]["version"]}, {"content", content}}), "save");
  // A stale version is refused, nothing overwritten.
  auto stale = as("ganbu").put_json(path(id), {{"version", back["declaration"]["version"]}, {"content", full_content()}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  ok(as("ganbu").post_json(path(id, "/submit"), {{"version", saved["declaration"]["version"]}}), "resubmit");
  // The cadre may not accept their own; the department does.
  EXPECT_EQ(as("ganbu").post_json(path(id, "/accept")).status, 404);
  json accepted = ok(as("renshi").post_json(path(id, "/accept")), "accept");
  EXPECT_EQ(accepted["declaration"]["state"], "accepted");
  json history = ok(as("renshi").get(path(id)), "detail");
  std::vector<std::string> actions;
  for (const auto& e : history["events"]) actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "save", "submit", "return", "save", "resubmit", "accept"}));
  EXPECT_EQ(history["content"]["items"]["real_estate"]["rows"][0]["area"], "98.2");
}

TEST_P(DeclarationsHttpTest, BadValuesAreRefusedWithBothLanguagesNamingTheField) {
  json made = ok(as("ganbu").post_json("/api/v1/declarations", {{"kind", "annual"}, {"year", 2025}}), "create");
  const int64_t id = made["declaration"]["id"];
  json content = full_content();
  content["items"]["passports"]["rows"][0]["passport_no"] = "123";
  auto r = as("ganbu").put_json(path(id), {{"version", made["declaration"]["version"]}, {"content", content}});
  ASSERT_EQ(r.status, 400) << r.body;
  const json e = r.json()["error"];
  EXPECT_EQ(e["field"], "items.passports[0].passport_no");
  EXPECT_NE(e["message_zh"].get<std::string>().find("护照号码"), std::string::npos);
  EXPECT_NE(e["message_en"].get<std::string>().find("Passport number"), std::string::npos);
  // Not a leading cadre: refused with the reason.
  auto staff = as("zhigong").post_json("/api/v1/declarations", {{"kind", "annual"}, {"year", 2025}});
  EXPECT_EQ(staff.status, 403) << staff.body;
  EXPECT_EQ(staff.json()["error"]["code"], "declaration.not_cadre");
  EXPECT_FALSE(ok(as("zhigong").get("/api/v1/declarations/mine"), "mine")["leading_cadre"].get<bool>());
}

TEST_P(DeclarationsHttpTest, EachRoleSeesOnlyWhatItsGrantsAllowAndTheAdministratorsNothing) {
  // A draft: only its owner.
  json made = ok(as("ganbu").post_json("/api/v1/declarations", {{"kind", "annual"}, {"year", 2024}}), "create");
  const int64_t draft = made["declaration"]["id"];
  const int64_t id = submitted();
  const auto absent = as("renshi").get("/api/v1/declarations/999999");
  ASSERT_EQ(absent.status, 404);
  // Readers: the organisation department (unit-wide) and the discipline secretary.
  for (const char* reader : {"renshi", "shuji"}) {
    json d = ok(as(reader).get(path(id)), reader);
    EXPECT_EQ(d["content"]["items"]["marriage"]["rows"][0]["spouse_name"], kSpouseName) << reader;
    EXPECT_EQ(ok(as(reader).get("/api/v1/declarations"), reader).size(), 1u) << reader << ": no draft in the list";
    auto hidden_draft = as(reader).get(path(draft));
    EXPECT_EQ(hidden_draft.status, 404) << reader;
    EXPECT_EQ(hidden_draft.body, absent.body) << reader;
    EXPECT_EQ(as(reader).get(path(id, "/compare")).status, 200) << reader;
  }
  EXPECT_TRUE(ok(as("renshi").get(path(id)), "renshi")["access"]["can_review"].get<bool>());
  // The discipline secretary reads but does not return or accept.
  EXPECT_EQ(as("shuji").post_json(path(id, "/return"), {{"reason", "x"}}).status, 404);
  EXPECT_EQ(as("shuji").post_json(path(id, "/accept")).status, 404);
  // Everyone else — including an organisation-department grant for another department,
  // the cadre's own department head and the administrators — gets exactly "absent".
  for (const char* user : {"dangwei", "banzi", "jijian", "zhibu", "zhibujw", "chuzhang", "zhigong", "renshi_bgs",
                           "sysadmin", "secadmin", "auditor"}) {
    for (const std::string& target : {path(id), path(id, "/compare"), path(draft)}) {
      auto r = as(user).get(target);
      EXPECT_EQ(r.status, 404) << user << " " << target;
      EXPECT_EQ(r.body, absent.body) << user << " " << target;
    }
    auto list = as(user).get("/api/v1/declarations");
    if (list.status == 200) EXPECT_TRUE(list.json()["data"].empty()) << user;
    else EXPECT_EQ(list.status, 404) << user;
    EXPECT_EQ(as(user).post_json(path(id, "/return"), {{"reason", "x"}}).status, 404) << user;
    EXPECT_EQ(as(user).post_json(path(id, "/accept")).status, 404) << user;
    EXPECT_EQ(as(user).put_json(path(draft), {{"version", 1}, {"content", full_content()}}).status, 404) << user;
  }
  for (const char* admin : {"sysadmin", "secadmin", "auditor"}) {
    for (const char* target : {"/api/v1/declarations/mine", "/api/v1/declarations/form", "/api/v1/declarations"}) {
      auto r = as(admin).get(target);
      EXPECT_EQ(r.status, 404) << admin << " " << target;
    }
    EXPECT_EQ(as(admin).post_json("/api/v1/declarations", {{"kind", "annual"}, {"year", 2025}}).status, 404) << admin;
  }
  // The cadre still sees both, and nothing was changed by the refused calls.
  json mine = ok(as("ganbu").get("/api/v1/declarations/mine"), "mine");
  EXPECT_EQ(mine["items"].size(), 2u);
  EXPECT_EQ(ok(as("ganbu").get(path(id)), "own")["declaration"]["state"], "submitted");
}

TEST_P(DeclarationsHttpTest, EveryReadIsAuditedAndTheRowsHoldNoPlaintext) {
  const int64_t id = submitted();
  const int64_t before = audit_count("declaration.read");
  ok(as("renshi").get(path(id)), "read");
  ok(as("shuji").get(path(id)), "read");
  ok(as("ganbu").get(path(id, "/compare")), "compare");
  EXPECT_EQ(audit_count("declaration.read"), before + 3);
  ok(as("renshi").get("/api/v1/declarations"), "list");
  EXPECT_GE(audit_count("declaration_list.read"), 1);
  ok(as("renshi").post_json(path(id, "/return"), {{"reason", kReason}}), "return");
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  std::string all;
  for (const char* sql : {"SELECT * FROM declarations", "SELECT * FROM declaration_events", "SELECT * FROM audit_log",
                          "SELECT * FROM inbox_messages"}) {
    auto rows = lease->get().query(sql);
    ASSERT_TRUE(rows.ok()) << sql;
    for (const auto& r : *rows)
      for (size_t i = 0; i < r.size(); ++i) all += r.text(i) + "\n";
  }
  for (const std::string& secret : {kSpouseName, kReason, std::string("演示市秘密路九十九号"), std::string("E12345678")})
    EXPECT_EQ(all.find(secret), std::string::npos) << secret;
}

TEST_P(DeclarationsHttpTest, AReturnedReportIsOnTheCadresToDoList) {
  const int64_t id = submitted();
  ok(as("renshi").post_json(path(id, "/return"), {{"reason", kReason}}), "return");
  auto msgs = [&](const std::string& user) {
    std::vector<json> out;
    const json body = ok(as(user).get("/api/v1/messages?page_size=200&status=open"), user);
    for (const auto& m : body)
      if (m["source"] == "declarations.returned") out.push_back(m);
    return out;
  };
  auto mine = msgs("ganbu");
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["link"], "/declarations/" + std::to_string(id));
  EXPECT_EQ(mine[0]["title_zh"].get<std::string>().find(kReason), std::string::npos);
  for (const char* other : {"renshi", "shuji", "sysadmin"}) EXPECT_TRUE(msgs(other).empty()) << other;
}

TEST_P(DeclarationsHttpTest, ABadDeclarationsSettingStopsTheServer) {
  const std::string text = testing::refused_start_text(url(), "[declarations]\nannual_due = \"02-30\"\n");
  EXPECT_NE(text.find("declarations.annual_due"), std::string::npos) << text;
  const std::string unknown = testing::refused_start_text(url(), "[declarations]\ndue = 3\n");
  EXPECT_NE(unknown.find("declarations.due"), std::string::npos) << unknown;
}

// The trust standard's reset route: the system administrator resetting a leading
// cadre's own password would sign in as the cadre and read their reports. The reset
// waits for a discipline holder and answers no password; an ordinary staff account's
// reset still answers one at once, but that account cannot then be linked to the cadre.
TEST_P(DeclarationsHttpTest, ResettingALeadingCadresPasswordWaitsForApproval) {
  const int64_t id = submitted();
  auto& sys = as("sysadmin");
  auto cadre = sys.post_json("/api/v1/admin/accounts/" + std::to_string(ids_["ganbu"]) + "/reset-password");
  ASSERT_EQ(cadre.status, 200) << cadre.body;
  EXPECT_FALSE(cadre.json()["data"].contains("one_time_password")) << cadre.body;
  EXPECT_EQ(cadre.json()["data"]["pending"], true) << cadre.body;
  // The cadre's password still works and the report is theirs alone.
  clients_.erase("ganbu");
  EXPECT_EQ(ok(as("ganbu").get(path(id)), "own")["declaration"]["id"], id);
  auto staff = sys.post_json("/api/v1/admin/accounts/" + std::to_string(ids_["zhigong"]) + "/reset-password");
  ASSERT_EQ(staff.status, 200) << staff.body;
  EXPECT_TRUE(staff.json()["data"].contains("one_time_password")) << staff.body;
  // With that password the sysadmin cannot then link the staff account to the cadre.
  const std::string account = "/api/v1/admin/accounts/" + std::to_string(ids_["zhigong"]);
  auto relink = sys.put_json(account, {{"person_id", cadre_}});
  EXPECT_EQ(relink.status, 409) << relink.body;
  EXPECT_EQ(relink.error_code(), "account.cadre_link_with_roles");
  EXPECT_EQ(relink.json()["error"]["field"], "person_id");
  auto lease = db().acquire();
  auto linked = lease->get().query_one("SELECT COUNT(*) AS n FROM accounts WHERE id = ? AND person_id = ?",
                                       {ids_["zhigong"], cadre_});
  ASSERT_TRUE(linked.ok());
  EXPECT_EQ(linked->i64("n"), 0);
}

// The two-administrator route: the system administrator creates an account linked to
// the cadre (its one-time password comes back to them) and the security administrator
// grants it an ordinary role, which carries declarations.own. The grant waits for a
// discipline holder; the approval applies it and hands new credentials to the approver,
// so the password the administrators knew never opens the cadre's report.
TEST_P(DeclarationsHttpTest, TwoAdministratorsCannotOpenACadresReportThroughANewAccount) {
  const int64_t id = submitted();
  auto created = as("sysadmin").post_json("/api/v1/admin/accounts",
                                          {{"username", "ganbu_new"}, {"display_name", "甲干部"}, {"person_id", cadre_}});
  ASSERT_EQ(created.status, 200) << created.body;
  const int64_t account = created.json()["data"]["id"];
  const std::string known = created.json()["data"]["one_time_password"];
  // The accounts list names the linked person as a clerk reads it, not as an id.
  const json listed = as("sysadmin").get("/api/v1/admin/accounts?q=ganbu_new").json()["data"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["person_name"], "甲干部");
  EXPECT_EQ(listed[0]["person_employee_no"], "3001");
  const std::string roles = "/api/v1/admin/accounts/" + std::to_string(account) + "/roles";
  auto grant = as("secadmin").put_json(roles, {{"grants", {{{"role", "staff"}, {"scope", "self"}}}}});
  ASSERT_EQ(grant.status, 200) << grant.body;
  EXPECT_EQ(grant.json()["data"]["pending"], true) << grant.body;
  EXPECT_TRUE(grant.json()["data"]["grants"].empty()) << grant.body;
  {
    auto mole = testing::signed_in_client(server_->port(), "ganbu_new", known);
    ASSERT_EQ(mole->post_json("/api/v1/auth/password", {{"old_password", known}, {"new_password", "Taken@Over2026"}}).status,
              200);
    EXPECT_NE(mole->get(path(id)).status, 200);
  }
  // An account not linked to a leading cadre still gets an ordinary role at once.
  auto plain = as("sysadmin").post_json("/api/v1/admin/accounts", {{"username", "plain_new"}, {"display_name", "新职工"}});
  ASSERT_EQ(plain.status, 200) << plain.body;
  auto direct = as("secadmin").put_json("/api/v1/admin/accounts/" + std::to_string(plain.json()["data"]["id"].get<int64_t>()) +
                                            "/roles",
                                        {{"grants", {{{"role", "staff"}, {"scope", "self"}}}}});
  ASSERT_EQ(direct.status, 200) << direct.body;
  EXPECT_FALSE(direct.json()["data"].contains("pending")) << direct.body;

  const int64_t approval = grant.json()["data"]["approval"]["id"];
  auto decided = as("shuji").post_json("/api/v1/admin/approvals/" + std::to_string(approval) + "/decision",
                                       {{"approve", true}, {"opinion", "已当面核实"}});
  ASSERT_EQ(decided.status, 200) << decided.body;
  const std::string handed = decided.json()["data"]["one_time_password"];
  testing::HttpClient stale(server_->port());
  EXPECT_EQ(stale.post_json("/api/v1/auth/login", {{"username", "ganbu_new"}, {"password", known}}).status, 401);
  auto cadre = testing::signed_in_client(server_->port(), "ganbu_new", handed);
  ASSERT_EQ(cadre->post_json("/api/v1/auth/password", {{"old_password", handed}, {"new_password", "Ganbu@Own2026"}}).status,
            200);
  EXPECT_EQ(cadre->get(path(id)).status, 200);
}

// `qingfeng security rotate-key` seals the reports again with the new key, in the same
// transaction as the TOTP secrets: after the rotation a server with the new key file
// opens the report with the same content, and the stored value has changed.
class DeclarationsKeyRotationTest : public DeclarationsHttpTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    static int counter = 0;
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("qf-decl-rotate-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    toml_ = "[security]\nsecret_key_file = \"" + (dir_ / "qingfeng.key").string() + "\"\n";
    o.config_toml = toml_;
  }
  void TearDown() override {
    DeclarationsHttpTest::TearDown();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string stored_content(int64_t id) {
    auto lease = db().acquire();
    auto row = lease->get().query_one("SELECT * FROM declarations WHERE id = ?", {id});
    std::string all;
    if (row.ok())
      for (size_t i = 0; i < row->size(); ++i) all += row->text(i) + "\n";
    return all;
  }
  std::filesystem::path dir_;
  std::string toml_;
};

TEST_P(DeclarationsKeyRotationTest, RotateKeySealsTheReportsAgainAndTheNewServerReadsThem) {
  if (!started()) GTEST_SKIP();
  const int64_t id = submitted();
  const json before = ok(as("renshi").get(path(id)), "before")["content"];
  const std::string stored_before = stored_content(id);
  clients_.clear();
  ASSERT_EQ(server_->stop(), 0) << server_->output();
  server_.reset();

  const std::string cfg = (dir_ / "cli.toml").string();
  std::ofstream(cfg) << toml_;
  auto r = testing::run_qingfeng({"--config", cfg, "--database", url(), "security", "rotate-key"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("personal-matters values sealed with the new key"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(" 0 personal-matters values"), std::string::npos) << r.out;
  EXPECT_NE(stored_content(id), stored_before);

  testing::ServerProcessOptions o;
  o.database_url = url();
  o.config_toml = toml_;
  auto s = testing::ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  server_ = std::move(*s);
  const json after = ok(as("renshi").get(path(id)), "after")["content"];
  EXPECT_EQ(after, before);
  EXPECT_EQ(after["items"]["marriage"]["rows"][0]["spouse_name"], kSpouseName);
}

INSTANTIATE_TEST_SUITE_P(Both, DeclarationsKeyRotationTest, testing::AllDatabases(), testing::DatabaseName);

INSTANTIATE_TEST_SUITE_P(Both, DeclarationsHttpTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
