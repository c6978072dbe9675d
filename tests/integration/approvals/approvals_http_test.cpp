// The /approvals API through a real `qingfeng serve` (both databases): a leading cadre
// applies for a private trip; the chain (department head → organisation department →
// Party secretary) approves or returns with a reason; the cadre corrects and resubmits;
// the custodian registers the passport (numbers checked), lends it for the approved trip,
// and an overdue return is listed and reminded once to the holder and the custodian;
// side jobs and relatives' businesses follow the same chain; need-to-know for each role
// (the three administrators, even one linked to the cadre's person record, get the same
// 404 as for an object that does not exist); nothing written is readable in the rows;
// `security rotate-key` seals it again; a bad [approvals] setting stops the server.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/calendar.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

const std::string kDestination = "秘境共和国";
const std::string kReason = "探望在秘境求学的女儿";
const std::string kCompanion = "欧阳同行";
const std::string kReturnReason = "请写明同行人员与本人关系";
const std::string kPassport = "E98765432";
const std::string kCompany = "演示市隐秘贸易有限公司";
const std::string kRelative = "欧阳亲属";

std::string day(int offset) {
  const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  return Date::from_unix_ms(now).add_days(offset).to_string();
}

json trip_body(int from, int to) {
  return json{{"kind", "trip"},
              {"depart_date", day(from)},
              {"return_date", day(to)},
              {"content",
               {{"destinations", kDestination},
                {"reason", kReason},
                {"companions", kCompanion},
                {"funding", "自费"},
                {"document_type", "passport"}}}};
}

class ApprovalsHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    cadre_ = orgtest::add_person(conn, b_, "3001", "甲干部", b_.planning, b_.branch1);
    const int64_t plain = orgtest::add_person(conn, b_, "3002", "乙职工", b_.office);
    const int64_t head = orgtest::add_person(conn, b_, "3003", "丙处长", b_.planning);
    EXPECT_TRUE(conn.execute("UPDATE people SET is_leading_cadre = 1 WHERE id IN (?, ?)", {cadre_, head}).ok());
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      ids_[user] = testing::add_test_account(conn, user, {g}, person);
    };
    account("ganbu", cadre_, {Role::kStaff, ScopeKind::kSelf, {}});
    account("chuzhang", head, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("renshi", std::nullopt, {Role::kOrgHr, ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("banzi", std::nullopt, {Role::kCommitteeMember, ScopeKind::kOverseen, {}});
    account("jijian", std::nullopt, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("zhibu", std::nullopt, {Role::kBranchSecretary, ScopeKind::kBranch, b_.branch1});
    account("zhibujw", std::nullopt, {Role::kBranchInspector, ScopeKind::kBranch, b_.branch1});
    account("chuzhang_bgs", std::nullopt, {Role::kDeptHead, ScopeKind::kDepartment, b_.office});
    account("zhigong", plain, {Role::kStaff, ScopeKind::kSelf, {}});
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
  static std::string path(int64_t id, const std::string& tail = "") {
    return "/api/v1/approvals/" + std::to_string(id) + tail;
  }
  static std::string doc_path(int64_t id, const std::string& tail = "") {
    return "/api/v1/approvals/documents/" + std::to_string(id) + tail;
  }
  json ok(const testing::HttpResponse& r, const std::string& what) {
    EXPECT_EQ(r.status, 200) << what << ": " << r.body;
    return r.status == 200 ? r.json()["data"] : json();
  }
  json approve(const std::string& user, int64_t id) {
    const json d = ok(as(user).get(path(id)), user + " reads");
    return ok(as(user).post_json(path(id, "/approve"), {{"version", d["request"]["version"]}, {"note", "同意"}}),
              user + " approves");
  }
  // The cadre's trip, approved through the whole chain; its id.
  int64_t approved_trip(int from, int to) {
    const json made = ok(as("ganbu").post_json("/api/v1/approvals", trip_body(from, to)), "apply");
    const int64_t id = made["request"]["id"];
    for (const char* u : {"chuzhang", "renshi", "dangwei"}) approve(u, id);
    return id;
  }
  int64_t passport() {
    const json d = ok(as("renshi").post_json("/api/v1/approvals/documents", {{"person_id", cadre_},
                                                                               {"doc_type", "passport"},
                                                                               {"number", "e9876 5432"},
                                                                               {"expires_on", "2030-05-09"}}),
                      "register");
    EXPECT_EQ(d["document"]["number"], kPassport) << "normalised";
    return d["document"]["id"];
  }
  std::vector<json> messages(const std::string& user, const std::string& source) {
    std::vector<json> out;
    const json body = ok(as(user).get("/api/v1/messages?page_size=200&status=open"), user);
    for (const auto& m : body)
      if (m["source"] == source) out.push_back(m);
    return out;
  }
  std::string all_rows(const std::vector<std::string>& tables) {
    auto lease = db().acquire();
    EXPECT_TRUE(lease.ok());
    std::string all;
    for (const auto& t : tables) {
      auto rows = lease->get().query("SELECT * FROM " + t);
      EXPECT_TRUE(rows.ok()) << t;
      if (!rows.ok()) continue;
      for (const auto& r : *rows)
        for (size_t i = 0; i < r.size(); ++i) all += r.text(i) + "\n";
    }
    return all;
  }

  orgtest::Bureau b_;
  int64_t cadre_ = 0;
  std::map<std::string, int64_t> ids_;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(ApprovalsHttpTest, TheChainApprovesStepByStepAReturnSendsItBackAndTheResubmissionStartsAgain) {
  const json mine = ok(as("ganbu").get("/api/v1/approvals/mine"), "mine");
  EXPECT_TRUE(mine["applicant"]["leading_cadre"].get<bool>());
  EXPECT_EQ(mine["applicant"]["chain"], json({"dept_head", "org_hr", "party_secretary"}));
  EXPECT_EQ(mine["document_return_days"], 10);

  const json made = ok(as("ganbu").post_json("/api/v1/approvals", trip_body(20, 27)), "apply");
  const int64_t id = made["request"]["id"];
  EXPECT_EQ(made["request"]["state"], "pending");
  EXPECT_EQ(made["request"]["current_role"], "dept_head");
  // Not their step yet: the organisation department reads it but may not approve.
  const json early = ok(as("renshi").get(path(id)), "renshi reads");
  EXPECT_FALSE(early["access"]["can_decide"].get<bool>());
  auto not_yet = as("renshi").post_json(path(id, "/approve"), {{"version", early["request"]["version"]}});
  EXPECT_EQ(not_yet.status, 409) << not_yet.body;
  // The department head's to-do, then the organisation department's.
  EXPECT_EQ(ok(as("chuzhang").get("/api/v1/approvals?todo=1"), "todo").size(), 1u);
  EXPECT_EQ(ok(as("renshi").get("/api/v1/approvals?todo=1"), "todo").size(), 0u);
  EXPECT_EQ(messages("chuzhang", "approvals.todo").size(), 1u);
  approve("chuzhang", id);
  EXPECT_EQ(ok(as("renshi").get("/api/v1/approvals?todo=1"), "todo").size(), 1u);
  EXPECT_TRUE(messages("chuzhang", "approvals.todo").empty());
  // Returned with a reason (none: refused naming the field).
  const json at_hr = ok(as("renshi").get(path(id)), "renshi reads");
  EXPECT_TRUE(at_hr["access"]["can_decide"].get<bool>());
  auto no_reason = as("renshi").post_json(path(id, "/return"), {{"version", at_hr["request"]["version"]}, {"reason", " "}});
  ASSERT_EQ(no_reason.status, 400) << no_reason.body;
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  ok(as("renshi").post_json(path(id, "/return"), {{"version", at_hr["request"]["version"]}, {"reason", kReturnReason}}),
     "return");
  const json back = ok(as("ganbu").get(path(id)), "own");
  EXPECT_EQ(back["request"]["state"], "returned");
  EXPECT_EQ(back["return_reason"], kReturnReason);
  EXPECT_TRUE(back["access"]["can_resubmit"].get<bool>());
  EXPECT_EQ(messages("ganbu", "approvals.returned").size(), 1u);
  // A stale version is refused; the corrected one starts the chain again.
  json again = trip_body(20, 28);
  again["content"]["companions"] = kCompanion + "（配偶）";
  again["version"] = made["request"]["version"];
  EXPECT_EQ(as("ganbu").post_json(path(id, "/resubmit"), again).status, 409);
  again["version"] = back["request"]["version"];
  const json re = ok(as("ganbu").post_json(path(id, "/resubmit"), again), "resubmit");
  EXPECT_EQ(re["request"]["current_role"], "dept_head");
  EXPECT_EQ(re["request"]["return_date"], day(28));
  for (const char* u : {"chuzhang", "renshi", "dangwei"}) approve(u, id);
  const json done = ok(as("ganbu").get(path(id)), "own");
  EXPECT_EQ(done["request"]["state"], "approved");
  EXPECT_EQ(done["content"]["companions"], kCompanion + "（配偶）");
  std::vector<std::string> actions;
  for (const auto& e : done["events"]) actions.push_back(e["action"].get<std::string>() + ":" + e["role"].get<std::string>());
  EXPECT_EQ(actions, (std::vector<std::string>{"submit:", "approve:dept_head", "return:org_hr", "resubmit:",
                                               "approve:dept_head", "approve:org_hr", "approve:party_secretary"}));
  // The applicant never approves their own, even as a department head: the head's own
  // application skips the department-head step (nobody else holds it for them).
  const json own = ok(as("chuzhang").post_json("/api/v1/approvals", trip_body(40, 45)), "head applies");
  EXPECT_EQ(own["request"]["current_role"], "org_hr");
  EXPECT_EQ(own["request"]["chain"], json({"org_hr", "party_secretary"}));
}

TEST_P(ApprovalsHttpTest, BadInputIsRefusedNamingTheFieldInBothLanguages) {
  json body = trip_body(5, 1);
  auto r = as("ganbu").post_json("/api/v1/approvals", body);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "return_date");
  body = trip_body(1, 5);
  body["content"].erase("destinations");
  r = as("ganbu").post_json("/api/v1/approvals", body);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "content.destinations");
  EXPECT_NE(r.json()["error"]["message_zh"].get<std::string>().find("前往国家"), std::string::npos);
  EXPECT_NE(r.json()["error"]["message_en"].get<std::string>().find("Countries"), std::string::npos);
  auto credit = as("ganbu").post_json("/api/v1/approvals", {{"kind", "side_job"},
                                                           {"content",
                                                            {{"organisation", "学会"},
                                                             {"credit_code", "91330100MA2B3C4D5X"},
                                                             {"position", "理事"},
                                                             {"remuneration", "不取酬"},
                                                             {"reason", "推荐"}}}});
  ASSERT_EQ(credit.status, 400) << credit.body;
  EXPECT_EQ(credit.json()["error"]["field"], "content.credit_code");
  auto number = as("renshi").post_json("/api/v1/approvals/documents", {{"person_id", cadre_},
                                                                         {"doc_type", "hk_macao_permit"},
                                                                         {"number", "E12345678"},
                                                                         {"expires_on", "2030-01-01"}});
  ASSERT_EQ(number.status, 400) << number.body;
  EXPECT_EQ(number.json()["error"]["field"], "number");
  EXPECT_NE(number.json()["error"]["message_zh"].get<std::string>().find("往来港澳通行证"), std::string::npos);
  // Nothing was stored by the refused calls.
  EXPECT_TRUE(ok(as("ganbu").get("/api/v1/approvals/mine"), "mine")["items"].empty());
  EXPECT_EQ(ok(as("renshi").get("/api/v1/approvals/documents"), "docs").size(), 0u);
  // A loan needs an approved trip of the holder.
  const int64_t doc = passport();
  const json pending = ok(as("ganbu").post_json("/api/v1/approvals", trip_body(3, 6)), "apply");
  auto lend = as("renshi").post_json(doc_path(doc, "/lend"), {{"request_id", pending["request"]["id"]}, {"lent_on", day(0)}});
  ASSERT_EQ(lend.status, 400) << lend.body;
  EXPECT_EQ(lend.json()["error"]["field"], "request_id");
  EXPECT_EQ(ok(as("renshi").get(doc_path(doc)), "doc")["document"]["status"], "in_custody");
}

TEST_P(ApprovalsHttpTest, AnOverdueDocumentIsListedAndRemindedOnceToTheHolderAndTheCustodian) {
  const int64_t doc = passport();
  const int64_t trip = approved_trip(-40, -32);
  const json lent = ok(as("renshi").post_json(doc_path(doc, "/lend"), {{"request_id", trip}, {"lent_on", day(-41)}}), "lend");
  EXPECT_EQ(lent["document"]["loan"]["due_on"], day(-22));
  EXPECT_TRUE(lent["document"]["overdue"].get<bool>());
  // The actual return (a day later) moves the due date.
  ok(as("ganbu").post_json(path(trip, "/trip-dates"), {{"actual_depart_date", day(-40)}, {"actual_return_date", day(-31)}}),
     "trip dates");
  const json overdue = ok(as("renshi").get("/api/v1/approvals/documents?overdue=1"), "overdue");
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0]["loan"]["due_on"], day(-21));
  EXPECT_EQ(overdue[0]["person_name"], "甲干部");
  // Reminded to the holder and to the custodian in scope, once however often the centre runs.
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(messages("ganbu", "approvals.document_overdue").size(), 1u) << round;
    EXPECT_EQ(messages("renshi", "approvals.document_overdue").size(), 1u) << round;
    for (const char* other : {"renshi_bgs", "dangwei", "shuji", "sysadmin"})
      EXPECT_TRUE(messages(other, "approvals.document_overdue").empty()) << other;
  }
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    auto n = lease->get().query_one("SELECT COUNT(*) AS n FROM inbox_messages WHERE source = 'approvals.document_overdue'");
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->i64("n"), 2);
  }
  // The custodian's home page counts it.
  const json dash = ok(as("renshi").get("/api/v1/dashboard"), "dashboard");
  bool counted = false;
  for (const auto& p : dash["pending"])
    if (p["key"] == "approvals.documents_overdue") counted = p["count"] == 1;
  EXPECT_TRUE(counted) << dash.dump();
  // Back in custody: off the list, the reminders resolved.
  ok(as("renshi").post_json(doc_path(doc, "/return"), {{"returned_on", day(0)}}), "return");
  EXPECT_EQ(ok(as("renshi").get("/api/v1/approvals/documents?overdue=1"), "overdue").size(), 0u);
  EXPECT_TRUE(messages("ganbu", "approvals.document_overdue").empty());
  EXPECT_TRUE(messages("renshi", "approvals.document_overdue").empty());
}

TEST_P(ApprovalsHttpTest, EachRoleSeesOnlyWhatItsGrantsAllowAndTheAdministratorsNothing) {
  const int64_t trip = approved_trip(10, 15);
  const json job = ok(as("ganbu").post_json("/api/v1/approvals", {{"kind", "family_business"},
                                                                   {"content",
                                                                    {{"relation", "子女"},
                                                                     {"relative_name", kRelative},
                                                                     {"company", kCompany},
                                                                     {"role", "股东"},
                                                                     {"trades_with_unit", "无"}}}}),
                      "business");
  const int64_t business = job["request"]["id"];
  const int64_t doc = passport();
  const auto absent = as("renshi").get(path(999999));
  ASSERT_EQ(absent.status, 404);
  const auto absent_doc = as("renshi").get(doc_path(999999));
  ASSERT_EQ(absent_doc.status, 404);
  // Readers of everything in scope, and the chain's approvers.
  for (const char* reader : {"ganbu", "renshi", "shuji", "dangwei", "chuzhang"}) {
    const json d = ok(as(reader).get(path(business)), reader);
    EXPECT_EQ(d["content"]["company"], kCompany) << reader;
    EXPECT_EQ(ok(as(reader).get(path(trip)), reader)["content"]["destinations"], kDestination) << reader;
  }
  for (const char* reader : {"renshi", "shuji"}) {
    EXPECT_EQ(ok(as(reader).get("/api/v1/approvals"), reader).size(), 2u) << reader;
    EXPECT_EQ(ok(as(reader).get(doc_path(doc)), reader)["document"]["number"], kPassport) << reader;
  }
  EXPECT_EQ(ok(as("ganbu").get(doc_path(doc)), "holder")["document"]["number"], kPassport);
  // The discipline secretary reads but keeps no documents.
  EXPECT_EQ(as("shuji").post_json(doc_path(doc, "/lend"), {{"request_id", trip}, {"lent_on", day(0)}}).status, 404);
  EXPECT_EQ(as("shuji").post_json("/api/v1/approvals/documents",
                                  {{"person_id", cadre_}, {"doc_type", "passport"}, {"number", "E11112222"}, {"expires_on", "2030-01-01"}})
                .status,
            404);
  // The applicant may not approve their own (nor lend their passport).
  const json own = ok(as("ganbu").get(path(business)), "own");
  EXPECT_EQ(as("ganbu").post_json(path(business, "/approve"), {{"version", own["request"]["version"]}}).status, 404);
  EXPECT_EQ(as("ganbu").post_json(doc_path(doc, "/lend"), {{"request_id", trip}, {"lent_on", day(0)}}).status, 404);
  // Everyone else — including an organisation department and a department head of
  // another department and the administrators — gets exactly "absent".
  for (const char* user : {"banzi", "jijian", "zhibu", "zhibujw", "chuzhang_bgs", "zhigong", "renshi_bgs", "sysadmin",
                           "secadmin", "auditor"}) {
    for (int64_t id : {trip, business}) {
      auto r = as(user).get(path(id));
      EXPECT_EQ(r.status, 404) << user << " " << id;
      EXPECT_EQ(r.body, absent.body) << user << " " << id;
      EXPECT_EQ(as(user).post_json(path(id, "/approve"), {{"version", 1}}).status, 404) << user;
      EXPECT_EQ(as(user).post_json(path(id, "/return"), {{"version", 1}, {"reason", "x"}}).status, 404) << user;
    }
    auto d = as(user).get(doc_path(doc));
    EXPECT_EQ(d.status, 404) << user;
    EXPECT_EQ(d.body, absent_doc.body) << user;
    EXPECT_EQ(as(user).post_json(doc_path(doc, "/lend"), {{"request_id", trip}, {"lent_on", day(0)}}).status, 404) << user;
    auto list = as(user).get("/api/v1/approvals");
    if (list.status == 200) EXPECT_TRUE(list.json()["data"].empty()) << user;
    else EXPECT_EQ(list.status, 404) << user;
    auto docs = as(user).get("/api/v1/approvals/documents");
    if (docs.status == 200) EXPECT_TRUE(docs.json()["data"].empty()) << user;
    else EXPECT_EQ(docs.status, 404) << user;
  }
  for (const char* admin : {"sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(admin).get("/api/v1/approvals/mine").status, 404) << admin;
    EXPECT_EQ(as(admin).post_json("/api/v1/approvals", trip_body(1, 2)).status, 404) << admin;
  }
  // Nothing changed by the refused calls.
  EXPECT_EQ(ok(as("ganbu").get(path(business)), "own")["request"]["state"], "pending");
  EXPECT_EQ(ok(as("renshi").get(doc_path(doc)), "doc")["document"]["status"], "in_custody");
}

TEST_P(ApprovalsHttpTest, TheRowsTheAuditLogAndTheMessagesHoldNoPlaintext) {
  const json made = ok(as("ganbu").post_json("/api/v1/approvals", trip_body(-30, -25)), "apply");
  const int64_t trip = made["request"]["id"];
  approve("chuzhang", trip);
  const json at_hr = ok(as("renshi").get(path(trip)), "read");
  ok(as("renshi").post_json(path(trip, "/return"), {{"version", at_hr["request"]["version"]}, {"reason", kReturnReason}}),
     "return");
  ok(as("ganbu").post_json("/api/v1/approvals", {{"kind", "family_business"},
                                                 {"content",
                                                  {{"relation", "配偶"},
                                                   {"relative_name", kRelative},
                                                   {"company", kCompany},
                                                   {"role", "法定代表人"},
                                                   {"trades_with_unit", "无"}}}}),
     "business");
  passport();
  messages("ganbu", "approvals.returned");
  messages("chuzhang", "approvals.todo");
  const std::string all = all_rows({"approval_requests", "approval_events", "approval_documents", "approval_loans",
                                    "audit_log", "inbox_messages"});
  EXPECT_NE(all.find("v1:"), std::string::npos) << "sealed values are there";
  for (const std::string& secret : {kDestination, kReason, kCompanion, kReturnReason, kPassport, kCompany, kRelative})
    EXPECT_EQ(all.find(secret), std::string::npos) << secret;
}

TEST_P(ApprovalsHttpTest, ABadApprovalsSettingStopsTheServer) {
  const std::string role = testing::refused_start_text(url(), "[approvals]\ncadre_chain = [\"dept_head\", \"auditor\"]\n");
  EXPECT_NE(role.find("approvals.cadre_chain"), std::string::npos) << role;
  const std::string days = testing::refused_start_text(url(), "[approvals]\ndocument_return_days = 0\n");
  EXPECT_NE(days.find("approvals.document_return_days"), std::string::npos) << days;
  const std::string unknown = testing::refused_start_text(url(), "[approvals]\nreturn_days = 3\n");
  EXPECT_NE(unknown.find("approvals.return_days"), std::string::npos) << unknown;
}

// A shorter chain and return period from [approvals].
class ApprovalsConfiguredTest : public ApprovalsHttpTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    o.config_toml = "[approvals]\ncadre_chain = [\"org_hr\"]\ndocument_return_days = 3\n";
  }
};

TEST_P(ApprovalsConfiguredTest, TheConfiguredChainAndReturnPeriodApply) {
  const json made = ok(as("ganbu").post_json("/api/v1/approvals", trip_body(-10, -8)), "apply");
  EXPECT_EQ(made["request"]["chain"], json({"org_hr"}));
  const int64_t trip = made["request"]["id"];
  approve("renshi", trip);
  EXPECT_EQ(ok(as("ganbu").get(path(trip)), "own")["request"]["state"], "approved");
  const int64_t doc = passport();
  const json lent = ok(as("renshi").post_json(doc_path(doc, "/lend"), {{"request_id", trip}, {"lent_on", day(-11)}}), "lend");
  EXPECT_EQ(lent["document"]["loan"]["due_on"], day(-5));
}

// `qingfeng security rotate-key` seals the approvals again with the new key, in the same
// transaction as the TOTP secrets and the declarations.
class ApprovalsKeyRotationTest : public ApprovalsHttpTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    static int counter = 0;
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("qf-appr-rotate-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    toml_ = "[security]\nsecret_key_file = \"" + (dir_ / "qingfeng.key").string() + "\"\n";
    o.config_toml = toml_;
  }
  void TearDown() override {
    ApprovalsHttpTest::TearDown();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::filesystem::path dir_;
  std::string toml_;
};

TEST_P(ApprovalsKeyRotationTest, RotateKeySealsTheApprovalsAgainAndTheNewServerReadsThem) {
  if (!started()) GTEST_SKIP();
  const json made = ok(as("ganbu").post_json("/api/v1/approvals", trip_body(10, 12)), "apply");
  const int64_t trip = made["request"]["id"];
  approve("chuzhang", trip);
  const json at_hr = ok(as("renshi").get(path(trip)), "read");
  ok(as("renshi").post_json(path(trip, "/return"), {{"version", at_hr["request"]["version"]}, {"reason", kReturnReason}}),
     "return");
  const int64_t doc = passport();
  const std::string before = all_rows({"approval_requests", "approval_events", "approval_documents"});
  clients_.clear();
  ASSERT_EQ(server_->stop(), 0) << server_->output();
  server_.reset();

  const std::string cfg = (dir_ / "cli.toml").string();
  std::ofstream(cfg) << toml_;
  auto r = testing::run_qingfeng({"--config", cfg, "--database", url(), "security", "rotate-key"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  // One request content, the department head's remark, one return reason, one document number.
  EXPECT_NE(r.out.find(" 4 personal-matters values"), std::string::npos) << r.out;
  const std::string after_rows = all_rows({"approval_requests", "approval_events", "approval_documents"});
  EXPECT_NE(after_rows, before);

  testing::ServerProcessOptions o;
  o.database_url = url();
  o.config_toml = toml_;
  auto s = testing::ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  server_ = std::move(*s);
  const json after = ok(as("ganbu").get(path(trip)), "after");
  EXPECT_EQ(after["content"]["destinations"], kDestination);
  EXPECT_EQ(after["return_reason"], kReturnReason);
  EXPECT_EQ(ok(as("renshi").get(doc_path(doc)), "doc")["document"]["number"], kPassport);
}

INSTANTIATE_TEST_SUITE_P(Both, ApprovalsHttpTest, testing::AllDatabases(), testing::DatabaseName);
INSTANTIATE_TEST_SUITE_P(Both, ApprovalsConfiguredTest, testing::AllDatabases(), testing::DatabaseName);
INSTANTIATE_TEST_SUITE_P(Both, ApprovalsKeyRotationTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
