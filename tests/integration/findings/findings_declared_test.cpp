// The declaration side of a cross-check run from the system's own records, and findings
// turned into verification items (issue 16), through a real `qingfeng serve` (both
// databases):
// - a leading cadre's submitted personal-matters report and approved applications (trip,
//   side job) are the run's relatives, declared businesses, properties, trips and side-job
//   approvals: the run gives exactly the findings the command-line engine gives on the same
//   data typed as files by hand (the FORMATS.md contract, independent of the server's
//   mapping); an uploaded relatives.csv is not used and the run says so in both languages;
//   nothing in clear (a spouse's name or ID) lands in the database; the work folder is gone;
// - a finding about a cadre of the open verification round becomes a verification item in
//   one step for the discipline roles only (everyone else: the 404 of an absent finding),
//   linked both ways; a cadre outside the round, a second time, a rule without a form item
//   are refused with the reason.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>

#include "clue_served_fixture.h"
#include "core/credit_code.h"
#include "core/resident_id.h"
#include "support/server_process.h"

namespace qf {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;
using Triple = std::tuple<std::string, std::string, std::string>;

std::string rid(const std::string& first17) { return first17 + ResidentId::check_character(first17); }
std::string code(const std::string& first17) { return first17 + CreditCode::check_character(first17); }

const std::string kCadre1 = "甲干部", kCadre2 = "乙干部";
const std::string kId1 = rid("33010619750101001"), kId2 = rid("33010619760202002");
const std::string kSpouse = "欧阳秘配", kSpouseId = rid("33010619780303003");
const std::string kChild = "甲秘子", kChildId = rid("33010620000404004");
const std::string kCodeA = code("91330106MA2XDA001"), kCodeB = code("91330106MA2XDB002"),
                  kCodeD = code("91330106MA2XDD004"), kCodeE = code("91330106MA2XDE005");
const std::string kCompanyA = "演示甲建材有限公司", kOrgB = "演示乙学会", kCompanyD = "演示丁科技有限公司",
                  kCompanyE = "演示戊咨询有限公司";
const std::string kCert1 = "浙(2020)演示市不动产权第0000001号", kCert2 = "浙(2021)演示市不动产权第0000002号";
const std::string kAddress1 = "演示市申报路1号";

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// The registry side (FORMATS.md): the child holds a declared company (A), the spouse an
// undeclared one (D → R1); cadre 1 sits in an approved side job (B) and in E (→ R10), cadre
// 2 in E (→ R10); the cadre's declared flat and the spouse's undeclared one (→ R3); three
// departures: one in the reported trip, one in the approved trip, one in neither (→ R4).
void write_registry(const fs::path& dir) {
  write(dir / "enterprises.csv", "credit_code,company_name,registered_date,address,phone,status\n" + kCodeA + "," +
                                     kCompanyA + ",2018-01-01,演示市甲路1号,0571-1,存续\n" + kCodeB + "," + kOrgB +
                                     ",2010-01-01,演示市乙路2号,0571-2,存续\n" + kCodeD + "," + kCompanyD +
                                     ",2019-01-01,演示市丁路4号,0571-4,存续\n" + kCodeE + "," + kCompanyE +
                                     ",2017-01-01,演示市戊路5号,0571-5,存续\n");
  write(dir / "enterprise_persons.csv",
        "credit_code,person_name,resident_id,role,share_ratio,start_date,end_date\n" + kCodeA + "," + kChild + "," +
            kChildId + ",股东,40,2018-01-01,\n" + kCodeB + "," + kCadre1 + "," + kId1 + ",其他,,2020-01-01,\n" + kCodeD +
            "," + kSpouse + "," + kSpouseId + ",法定代表人,60,2019-01-01,\n" + kCodeE + "," + kCadre1 + "," + kId1 +
            ",监事,,2017-01-01,\n" + kCodeE + "," + kCadre2 + "," + kId2 + ",董事,,2017-01-01,\n");
  write(dir / "properties.csv", "resident_id,owner_name,certificate_no,address,area,registered_date\n" + kId1 + "," +
                                    kCadre1 + "," + kCert1 + "," + kAddress1 + ",90,2020-05-01\n" + kSpouseId + "," +
                                    kSpouse + "," + kCert2 + ",演示市未报路2号,120,2021-06-01\n");
  write(dir / "travels.csv", "resident_id,name,direction,date,port,destination\n" + kId1 + "," + kCadre1 +
                                 ",出境,2025-03-01,浦东,日本\n" + kId1 + "," + kCadre1 + ",入境,2025-03-08,浦东,日本\n" +
                                 kId1 + "," + kCadre1 + ",出境,2025-10-02,浦东,泰国\n" + kId1 + "," + kCadre1 +
                                 ",出境,2025-12-20,萧山,新加坡\n");
}

// The declaration side typed by hand from what the cadre reported and had approved.
void write_declared_by_hand(const fs::path& dir, const std::string& side_job_date) {
  write(dir / "cadres.csv", "cadre_id,name,resident_id,department,position,is_leading\n3001," + kCadre1 + "," + kId1 +
                                ",,,是\n3002," + kCadre2 + "," + kId2 + ",,,是\n");
  write(dir / "relatives.csv", "cadre_id,relation,name,resident_id,birth_date\n3001,配偶," + kSpouse + "," + kSpouseId +
                                   ",\n3001,子女," + kChild + "," + kChildId + ",\n");
  write(dir / "declared_businesses.csv",
        "cadre_id,holder_name,company_name,credit_code\n3001," + kChild + "," + kCompanyA + "," + kCodeA + "\n");
  write(dir / "declared_properties.csv",
        "cadre_id,owner_name,certificate_no,address,area\n3001," + kCadre1 + "," + kCert1 + "," + kAddress1 + ",90\n");
  write(dir / "declared_trips.csv",
        "cadre_id,depart_date,return_date,destination\n3001,2025-03-01,2025-03-08,日本\n3001,2025-10-01,2025-10-07,泰国\n");
  write(dir / "side_job_approvals.csv",
        "cadre_id,credit_code,company_name,approved_date\n3001," + kCodeB + "," + kOrgB + "," + side_job_date + "\n");
}

json full_content() {
  json none{{"none", true}};
  json items = json::object();
  items["marriage"] = {{"rows", {{{"status", "已婚"}, {"spouse_name", kSpouse}, {"spouse_id", kSpouseId}}}}};
  items["family_employment"] = {
      {"rows", {{{"relation", "子女"}, {"name", kChild}, {"resident_id", kChildId}, {"employer", "演示大学"}, {"position", "学生"}}}}};
  items["family_business"] = {{"rows",
                               {{{"relation", "子女"},
                                 {"name", kChild},
                                 {"company", kCompanyA},
                                 {"credit_code", kCodeA},
                                 {"role", "股东"},
                                 {"capital", "100000"}}}}};
  items["real_estate"] = {{"rows",
                           {{{"owner", "本人"},
                             {"owner_name", kCadre1},
                             {"address", kAddress1},
                             {"use", "住宅"},
                             {"area", "90"},
                             {"certificate_no", kCert1},
                             {"acquired_on", "2020-05-01"},
                             {"price", "1800000"}}}}};
  items["private_trips"] = {{"rows",
                             {{{"depart_on", "2025-03-01"},
                               {"return_on", "2025-03-08"},
                               {"destination", "日本"},
                               {"purpose", "探亲"},
                               {"document_no", "E12345678"}}}}};
  items["salary"] = {{"rows", {{{"annual_salary", "168000"}, {"allowances", "24000"}}}}};
  for (const char* c : {"passports", "permits", "children_foreign_marriage", "family_abroad", "criminal_liability",
                        "labor_income", "securities", "assets_abroad"})
    items[c] = none;
  return json{{"items", items}, {"note", ""}};
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class FindingsDeclaredTest : public testing::ClueServedTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    base_ = fs::temp_directory_path() /
            ("qf_findecl_" + std::to_string(::getpid()) + "_" + std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(base_ / "import" / "registry");
    write_registry(base_ / "import" / "registry");
    o.config_toml = "[findings]\nwork_dir = \"" + (base_ / "work").string() + "\"\nimport_root = \"" +
                    (base_ / "import").string() + "\"\n";
  }
  void seed(store::Connection& conn) override {
    testing::ClueServedTest::seed(conn);
    cadre1_ = orgtest::add_person(conn, b_, "3001", kCadre1, b_.planning, b_.branch1);
    cadre2_ = orgtest::add_person(conn, b_, "3002", kCadre2, b_.office);
    EXPECT_TRUE(conn.execute("UPDATE people SET is_leading_cadre = 1, id_number = ? WHERE id = ?", {kId1, cadre1_}).ok());
    EXPECT_TRUE(conn.execute("UPDATE people SET is_leading_cadre = 1, id_number = ? WHERE id = ?", {kId2, cadre2_}).ok());
    ids_["ganbu"] = testing::add_test_account(conn, "ganbu", {{auth::Role::kStaff, auth::ScopeKind::kSelf, {}}}, cadre1_);
    ids_["renshi"] = testing::add_test_account(conn, "renshi", {{auth::Role::kOrgHr, auth::ScopeKind::kUnit, {}}});
  }
  void TearDown() override {
    testing::ClueServedTest::TearDown();
    std::error_code ec;
    fs::remove_all(base_, ec);
  }
  json ok(const testing::HttpResponse& r, const std::string& what) {
    EXPECT_EQ(r.status, 200) << what << ": " << r.body;
    return r.status == 200 ? r.json()["data"] : json();
  }
  json run(json body) {
    body["source"] = "directory";
    body["directory"] = "registry";
    body["as_of"] = "2026-06-30";
    const int64_t id = ok(as("shuji").post_json("/api/v1/findings/runs", body), "run")["id"];
    json r;
    for (int i = 0; i < 300; ++i) {
      r = ok(as("shuji").get("/api/v1/findings/runs/" + std::to_string(id)), "poll");
      if (r["state"] == "done" || r["state"] == "failed") break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_EQ(r["state"], "done") << r.dump();
    return r;
  }
  std::vector<json> findings() {
    const json body = as("shuji").get("/api/v1/findings?page_size=100&present=true").json();
    std::vector<json> out;
    for (const auto& f : body["data"]) out.push_back(ok(as("shuji").get("/api/v1/findings/" + std::to_string(f["id"].get<int64_t>())), "detail"));
    return out;
  }
  std::set<Triple> triples() {
    std::set<Triple> out;
    for (const auto& f : findings()) out.insert(Triple{f["rule"].get<std::string>(), f["key"].get<std::string>(), f["cadre_id"].get<std::string>()});
    return out;
  }
  // The command-line engine on a folder: (rule, key, cadre_id) of findings.jsonl.
  std::set<Triple> cli_triples(const fs::path& data) {
    const fs::path out = base_ / "cli-out";
    const std::string cmd = testing::qingfeng_binary() + " crosscheck --data '" + data.string() + "' --out '" +
                            out.string() + "' --as-of 2026-06-30 > /dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    std::set<Triple> s;
    std::istringstream in(read_file(out / "findings.jsonl"));
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) {
        const json j = json::parse(line);
        s.insert(Triple{j["rule"].get<std::string>(), j["key"].get<std::string>(), j.value("cadre_id", std::string())});
      }
    return s;
  }
  fs::path base_;
  int64_t cadre1_ = 0, cadre2_ = 0;
};

TEST_P(FindingsDeclaredTest, TheDeclarationSideComesFromTheRecordsAndGivesTheFindingsOfTheSameDataAsFiles) {
  // The cadre reports (submitted and accepted) and has a trip and a side job approved.
  const json made = ok(as("ganbu").post_json("/api/v1/declarations", {{"kind", "annual"}, {"year", 2025}}), "create");
  const int64_t decl = made["declaration"]["id"];
  const std::string dpath = "/api/v1/declarations/" + std::to_string(decl);
  json saved = ok(as("ganbu").put_json(dpath, {{"version", made["declaration"]["version"]}, {"content", full_content()}}), "save");
  ok(as("ganbu").post_json(dpath + "/submit", {{"version", saved["declaration"]["version"]}}), "submit");
  ok(as("renshi").post_json(dpath + "/accept", json::object()), "accept (signed)");
  auto approve_all = [&](int64_t id) {
    for (const char* u : {"chuzhang", "renshi", "dangwei"}) {
      const json d = ok(as(u).get("/api/v1/approvals/" + std::to_string(id)), u);
      ok(as(u).post_json("/api/v1/approvals/" + std::to_string(id) + "/approve", {{"version", d["request"]["version"]}}), u);
    }
  };
  const json trip = ok(as("ganbu").post_json("/api/v1/approvals", {{"kind", "trip"},
                                                                   {"depart_date", "2025-10-01"},
                                                                   {"return_date", "2025-10-07"},
                                                                   {"content",
                                                                    {{"destinations", "泰国"},
                                                                     {"reason", "旅游"},
                                                                     {"funding", "自费"},
                                                                     {"document_type", "passport"}}}}),
                       "trip");
  approve_all(trip["request"]["id"]);
  const json job = ok(as("ganbu").post_json("/api/v1/approvals", {{"kind", "side_job"},
                                                                  {"content",
                                                                   {{"organisation", kOrgB},
                                                                    {"credit_code", kCodeB},
                                                                    {"position", "理事"},
                                                                    {"remuneration", "不取酬"},
                                                                    {"reason", "学会推荐"}}}}),
                      "side job");
  approve_all(job["request"]["id"]);
  // An uploaded relatives.csv in the folder is not used, and the run says so.
  write(base_ / "import" / "registry" / "relatives.csv", "cadre_id,relation,name,resident_id,birth_date\n");

  const json r = run(json{{"cadres_from", "database"}});
  EXPECT_EQ(r["declarations_from"], "database");
  for (const char* f : {"relatives.csv", "declared_businesses.csv", "declared_properties.csv", "declared_trips.csv",
                        "side_job_approvals.csv"})
    EXPECT_EQ(r["summary"]["sources"][f], "database") << f;
  ASSERT_EQ(r["summary"]["notices"].size(), 1u) << r.dump();
  EXPECT_NE(r["summary"]["notices"][0]["zh"].get<std::string>().find("relatives.csv"), std::string::npos);
  EXPECT_NE(r["summary"]["notices"][0]["en"].get<std::string>().find("not used"), std::string::npos);
  EXPECT_EQ(r["summary"]["rows"]["declared_trips.csv"], 2) << r.dump();
  EXPECT_EQ(r["summary"]["rows"]["side_job_approvals.csv"], 1) << r.dump();
  // The work folder goes right after the run is stored (the state turns done first).
  const fs::path folder = base_ / "work" / ("run-" + std::to_string(r["id"].get<int64_t>()));
  for (int i = 0; i < 100 && fs::exists(folder); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(fs::exists(folder)) << "work folder kept";

  // The same data typed as files by hand, run by the command-line engine.
  const fs::path by_hand = base_ / "by-hand";
  fs::create_directories(by_hand);
  for (const auto& e : fs::directory_iterator(base_ / "import" / "registry"))
    if (e.path().filename() != "relatives.csv") fs::copy_file(e.path(), by_hand / e.path().filename());
  write_declared_by_hand(by_hand, "2026-01-01");
  const std::set<Triple> expected = cli_triples(by_hand);
  const std::set<Triple> in_app = triples();
  EXPECT_EQ(in_app, expected);
  // And that is the intended outcome, not merely equal: R1 (D), R3 (the spouse's flat),
  // R4 (the departure in no trip), R10 (E) for both cadres — and nothing declared flagged.
  std::set<std::string> rules;
  for (const auto& [rule, key, cadre] : in_app) rules.insert(rule + "/" + cadre + "/" + key);
  EXPECT_EQ(rules.size(), 5u) << ::testing::PrintToString(rules);
  EXPECT_TRUE(rules.count("R1/3001/3001|" + kCodeD)) << ::testing::PrintToString(rules);
  EXPECT_TRUE(rules.count("R4/3001/3001|2025-12-20")) << ::testing::PrintToString(rules);
  EXPECT_TRUE(rules.count("R10/3001/3001|" + kCodeE)) << ::testing::PrintToString(rules);
  EXPECT_TRUE(rules.count("R10/3002/3002|" + kCodeE)) << ::testing::PrintToString(rules);
  int r3 = 0;
  for (const auto& s : rules) r3 += s.rfind("R3/3001/", 0) == 0 ? 1 : 0;
  EXPECT_EQ(r3, 1) << ::testing::PrintToString(rules);

  // Nothing in clear from the sealed reports lands in the database.
  auto lease = db().acquire();
  for (const char* table : {"findings_runs", "findings", "findings_data_quality", "audit_log"}) {
    auto rows = lease->get().query(std::string("SELECT * FROM ") + table);
    ASSERT_TRUE(rows.ok()) << table;
    for (const auto& row : *rows)
      for (size_t i = 0; i < row.size(); ++i) {
        const std::string v = row.text(i);
        EXPECT_EQ(v.find(kSpouseId), std::string::npos) << table;
        EXPECT_EQ(v.find(kSpouse), std::string::npos) << table;
        EXPECT_EQ(v.find(kCompanyD), std::string::npos) << table;
      }
  }
}

TEST_P(FindingsDeclaredTest, AFindingOfACadreInTheOpenRoundBecomesAVerificationItemForTheDisciplineRolesOnly) {
  // Files this time (declarations_from follows cadres_from = upload).
  write_declared_by_hand(base_ / "import" / "registry", "2026-01-01");
  const json r = run(json{{"cadres_from", "upload"}});
  EXPECT_EQ(r["declarations_from"], "upload");
  EXPECT_EQ(r["summary"]["sources"]["relatives.csv"], "upload");
  // Cadre 1 is proposed for promotion in the open round (凡提必核); cadre 2 is in no round.
  const int64_t round = ok(as("renshi").post_json("/api/v1/verification/rounds", {{"year", 2026}}), "round")["id"];
  ok(as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(round) + "/candidates",
                            {{"person_id", cadre1_}, {"position", "拟任处长"}}),
     "candidate");
  int64_t r1 = 0, r4 = 0, r10_1 = 0, r10_2 = 0;
  for (const auto& f : findings()) {
    const std::string rule = f["rule"], cadre = f["cadre_id"];
    (rule == "R1" ? r1 : rule == "R4" ? r4 : rule == "R10" ? (cadre == "3001" ? r10_1 : r10_2) : r1) = f["id"];
    if (cadre == "3001") {
      EXPECT_EQ(f["verification_member"]["round_year"], 2026) << f.dump();
    } else {
      EXPECT_TRUE(f["verification_member"].is_null()) << f.dump();
    }
  }
  ASSERT_TRUE(r1 && r4 && r10_1 && r10_2);
  auto to_item = [&](const std::string& u, int64_t id, json body = json::object()) {
    return as(u).post_json("/api/v1/findings/" + std::to_string(id) + "/verification", body);
  };
  // Everyone but the discipline roles: the 404 of an absent finding, byte for byte.
  const auto absent = to_item("shuji", 987654);
  ASSERT_EQ(absent.status, 404);
  for (const char* u : {"renshi", "ganbu", "chuzhang", "dangwei", "zhigong", "sysadmin", "secadmin", "auditor"}) {
    const auto h = to_item(u, r4);
    EXPECT_EQ(h.status, 404) << u;
    EXPECT_EQ(h.body, absent.body) << u;
  }
  // Not in the round; a rule without a form item; then a member makes the item.
  const auto outside = to_item("jijian1", r10_2);
  EXPECT_EQ(outside.status, 409) << outside.body;
  EXPECT_NE(outside.body.find("findings.not_sampled"), std::string::npos) << outside.body;
  const auto no_item = to_item("jijian1", r10_1);
  EXPECT_EQ(no_item.status, 400) << no_item.body;
  EXPECT_EQ(no_item.json()["error"]["field"], "item") << no_item.body;
  const json made = ok(to_item("jijian1", r4), "to item");
  const int64_t item = made["verification_item_id"];
  EXPECT_EQ(to_item("shuji", r4).status, 409) << "only once";
  ok(to_item("shuji", r10_1, {{"item", "labor_income"}, {"discrepancy", "other"}}), "with an item");

  // The organisation department handles it; the text names the finding and its evidence.
  const json it = ok(as("renshi").get("/api/v1/verification/items/" + std::to_string(item)), "item")["item"];
  EXPECT_EQ(it["item"], "private_trips") << it.dump();
  EXPECT_EQ(it["discrepancy"], "missing") << it.dump();
  EXPECT_NE(it["registry"].get<std::string>().find("疑点 第" + std::to_string(r4) + "号"), std::string::npos) << it.dump();
  EXPECT_NE(it["registry"].get<std::string>().find("travels.csv"), std::string::npos) << it.dump();
  EXPECT_NE(it["declared"].get<std::string>().find("疑点第" + std::to_string(r4) + "号"), std::string::npos) << it.dump();
  const json mine = ok(as("ganbu").get("/api/v1/verification/mine"), "mine");
  EXPECT_NE(mine.dump().find("\"id\":" + std::to_string(item)), std::string::npos) << mine.dump();
  // The way back: the discipline secretary (who reads items) — not a member who cannot
  // read the item, nor the organisation department.
  const std::string back = "/api/v1/findings/of-verification-item/" + std::to_string(item);
  EXPECT_EQ(ok(as("shuji").get(back), "back")["id"], r4);
  EXPECT_EQ(as("jijian1").get(back).status, 404);
  EXPECT_EQ(as("renshi").get(back).status, 404);
  EXPECT_EQ(as("auditor").get(back).status, 404);

  // The item's text is sealed: the finding's summary is nowhere in clear.
  const std::string summary = ok(as("shuji").get("/api/v1/findings/" + std::to_string(r4)), "f")["summary"];
  ASSERT_FALSE(summary.empty());
  auto lease = db().acquire();
  auto rows = lease->get().query("SELECT * FROM verification_items");
  ASSERT_TRUE(rows.ok());
  for (const auto& row : *rows)
    for (size_t i = 0; i < row.size(); ++i) EXPECT_EQ(row.text(i).find(summary), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Both, FindingsDeclaredTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
