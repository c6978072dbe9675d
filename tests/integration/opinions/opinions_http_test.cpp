// Integrity opinions (党风廉政意见回复): the drafting rules on their own, then the
// /opinions API through a real `qingfeng serve` on both databases — the organisation
// department asks about two cadres, the answers are drafted from their records (one with
// a 瞒报 verification conclusion: "建议暂缓提拔"), the discipline committee rewords, the
// discipline secretary approves and each reply gets the next number of its year; who
// sees what (the organisation department never a draft nor the grounds; the three
// administrators the plain 404 of a missing request); the to-do and the notice; the
// DOCX; and sealing at rest (the texts are in no row and not in the database file).
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "domain/opinions/opinion_draft.h"
#include "domain/reports/zip_in_memory.h"
#include "org_test_bureau.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;

// ---- The wording (pure) ----

TEST(OpinionDraft, TheWordingFollowsTheRecordAndThePurpose) {
  const Date today = *Date::from_ymd(2026, 12, 7);
  verification::IntegrityFacts none;
  auto clear = opinions::draft_answer("张三", "promotion", today, 5, none);
  EXPECT_EQ(clear.text, "经查，未发现张三同志有违反党风廉政建设规定的问题。");
  EXPECT_FALSE(clear.hold);

  verification::IntegrityFacts f;
  f.concealed.push_back({7, 2025, "房产情况", "诫勉谈话"});
  auto held = opinions::draft_answer("李四", "promotion", today, 5, f);
  EXPECT_TRUE(held.hold);
  EXPECT_EQ(held.text, "经查，李四同志2025年度个人有关事项报告经核查认定为瞒报（房产情况）。建议暂缓提拔。");
  EXPECT_EQ(held.grounds["concealed"][0]["item_id"], 7);
  EXPECT_NE(opinions::draft_answer("李四", "award", today, 5, f).text.find("建议暂缓评优评先"), std::string::npos);
  EXPECT_NE(opinions::draft_answer("李四", "transfer", today, 5, f).text.find("建议暂缓调任"), std::string::npos);
  // Outside the configured period the 瞒报 no longer counts.
  f.concealed[0].year = 2020;
  EXPECT_FALSE(opinions::draft_answer("李四", "promotion", today, 5, f).hold);
  EXPECT_TRUE(opinions::draft_answer("李四", "promotion", today, 6, f).hold);

  // Measures: 诫勉 six months, 警告 twelve; a first-form talk does not count; expulsion never ends.
  verification::IntegrityFacts m;
  m.measures.push_back({1, "〔2026〕线索第3号", "first", "admonishment", "2026-07-01"});   // until 2027-01-01
  m.measures.push_back({2, "〔2025〕线索第9号", "second", "party_warning", "2025-11-01"});  // ended 2026-11-01
  m.measures.push_back({3, "〔2026〕线索第4号", "first", "reminder_talk", "2026-10-01"});
  auto mm = opinions::draft_answer("王五", "promotion", today, 5, m);
  EXPECT_EQ(mm.text, "经查，王五同志于2026年7月1日受到诫勉，尚在影响期内（至2027年1月1日）。建议暂缓提拔。");
  ASSERT_EQ(mm.grounds["measures"].size(), 1u);
  EXPECT_EQ(mm.grounds["measures"][0]["clue_number"], "〔2026〕线索第3号");
  EXPECT_EQ(mm.grounds["measures"][0]["effect_until"], "2027-01-01");
  m.measures = {{5, "〔2020〕线索第1号", "fourth", "expulsion_from_party", "2020-01-01"}};
  EXPECT_NE(opinions::draft_answer("王五", "promotion", today, 5, m).text.find("于2020年1月1日受到开除党籍。"),
            std::string::npos);

  // An open clue: said without its number (the number stays in the grounds).
  verification::IntegrityFacts c;
  c.open_clues.push_back({9, "〔2026〕线索第12号", "in_handling", "2026-10-10"});
  auto cc = opinions::draft_answer("赵六", "other", today, 5, c);
  EXPECT_EQ(cc.text, "经查，赵六同志有反映其问题的线索正在处置中，尚未办结。建议暂缓使用。");
  EXPECT_EQ(cc.text.find("线索第12号"), std::string::npos);
  EXPECT_EQ(cc.grounds["open_clues"][0]["number"], "〔2026〕线索第12号");
}

// ---- Through the server ----

const std::string kEdited = "经查，乙干部同志存在机密瞒报情形，经集体研究建议暂缓提拔。";

class OpinionsHttpTest : public testing::ServedDatabaseTest {
 protected:
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    clear_ = orgtest::add_person(conn, b_, "3001", "甲干部", b_.planning, b_.branch1);
    concealed_ = orgtest::add_person(conn, b_, "3002", "乙干部", b_.planning, b_.branch1);
    jijian_person_ = orgtest::add_person(conn, b_, "3003", "丙纪检", b_.office);
    for (int64_t p : {clear_, concealed_, jijian_person_})
      EXPECT_TRUE(conn.execute("UPDATE people SET is_leading_cadre = 1 WHERE id = ?", {p}).ok());
    using auth::Role;
    using auth::ScopeKind;
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      testing::add_test_account(conn, user, {g}, person);
    };
    account("ganbu", concealed_, {Role::kStaff, ScopeKind::kSelf, {}});
    account("dangwei", std::nullopt, {Role::kPartySecretary, ScopeKind::kUnit, {}});
    account("shuji", std::nullopt, {Role::kDisciplineSecretary, ScopeKind::kUnit, {}});
    account("jijian", jijian_person_, {Role::kDisciplineMember, ScopeKind::kUnit, {}});
    account("chuzhang", std::nullopt, {Role::kDeptHead, ScopeKind::kDepartment, b_.planning});
    account("renshi", std::nullopt, {Role::kOrgHr, ScopeKind::kUnit, {}});
    account("renshi_bgs", std::nullopt, {Role::kOrgHr, ScopeKind::kDepartment, b_.office});
    account("sysadmin", clear_, {Role::kSysAdmin, ScopeKind::kUnit, {}});
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
  // A 瞒报 conclusion on 乙干部, approved (the verification module's own workflow).
  void conceal_on_record() {
    const int year = Date::from_unix_ms(std::time(nullptr) * 1000LL).year() - 1;
    const int64_t round = ok(as("renshi").post_json("/api/v1/verification/rounds", {{"year", year}}), "round")["id"];
    const int64_t member = ok(as("renshi").post_json("/api/v1/verification/rounds/" + std::to_string(round) + "/candidates",
                                                     {{"person_id", concealed_}, {"position", "副局长"}}),
                              "candidate")["member_id"];
    const int64_t item = ok(as("renshi").post_json("/api/v1/verification/members/" + std::to_string(member) + "/items",
                                                   {{"item", "real_estate"}, {"discrepancy", "missing"},
                                                    {"declared", "报告房产一处"}, {"registry", "不动产登记另有一处"}}),
                            "item")["item"]["id"];
    const std::string path = "/api/v1/verification/items/" + std::to_string(item);
    ok(as("ganbu").post_json(path + "/explain", {{"explanation", "未及报告"}}), "explain");
    ok(as("renshi").post_json(path + "/propose", {{"conclusion", "concealed"}, {"basis", "确属本人所有"}}), "propose");
    ok(as("shuji").post_json(path + "/approve"), "approve");
    year_ = year;
  }
  int64_t ask(const std::vector<int64_t>& people, const std::string& purpose = "promotion") {
    const std::string by = Date::from_unix_ms(std::time(nullptr) * 1000LL).add_days(10).to_string();
    return ok(as("renshi").post_json("/api/v1/opinions/requests",
                                     {{"purpose", purpose}, {"requested_by", by}, {"person_ids", people}}),
              "request")["id"];
  }
  json request(const std::string& user, int64_t id) {
    return ok(as(user).get("/api/v1/opinions/requests/" + std::to_string(id)), "request of " + user);
  }
  static std::string answer_path(int64_t id, const std::string& tail = "") {
    return "/api/v1/opinions/answers/" + std::to_string(id) + tail;
  }
  std::vector<json> open_messages(const std::string& user, const std::string& source, const std::string& status) {
    std::vector<json> out;
    const json body = ok(as(user).get("/api/v1/messages?page_size=200&status=" + status), "messages");
    for (const auto& m : body)
      if (m["source"] == source) out.push_back(m);
    return out;
  }

  orgtest::Bureau b_;
  int64_t clear_ = 0, concealed_ = 0, jijian_person_ = 0;
  int year_ = 0;
  std::map<std::string, std::unique_ptr<testing::HttpClient>> clients_;
};

TEST_P(OpinionsHttpTest, DraftsFromTheRecordApprovesWithTheYearsNumberAndShowsEachRoleItsPart) {
  conceal_on_record();
  const int64_t id = ask({clear_, concealed_});
  // The discipline secretary: both drafts, the grounds of the 瞒报 one, a to-do per answer.
  json d = request("shuji", id);
  ASSERT_EQ(d["answers"].size(), 2u);
  json a = d["answers"][0], b = d["answers"][1];
  ASSERT_EQ(a["person_id"], clear_);
  EXPECT_EQ(a["text"], "经查，未发现甲干部同志有违反党风廉政建设规定的问题。");
  EXPECT_EQ(a["status"], "drafted");
  EXPECT_FALSE(a["hold"].get<bool>());
  const std::string bt = b["text"];
  EXPECT_EQ(bt.rfind("经查，乙干部同志" + std::to_string(year_) + "年度个人有关事项报告经核查认定为瞒报（", 0), 0u) << bt;
  EXPECT_NE(bt.find("建议暂缓提拔。"), std::string::npos) << bt;
  EXPECT_TRUE(b["hold"].get<bool>());
  EXPECT_EQ(b["grounds"]["concealed"][0]["year"], year_);
  EXPECT_TRUE(b["access"]["can_approve"].get<bool>());
  EXPECT_EQ(open_messages("shuji", "opinions.approve", "open").size(), 2u);

  // The organisation department: the request, the states, no draft and no grounds.
  json r = request("renshi", id);
  EXPECT_EQ(r["request"]["purpose"], "promotion");
  for (const auto& x : r["answers"]) {
    EXPECT_EQ(x["text"], "");
    EXPECT_TRUE(x["grounds"].is_null());
    EXPECT_FALSE(x["access"]["can_edit"].get<bool>());
  }
  EXPECT_EQ(as("renshi").post_json(answer_path(a["id"], "/approve"), {{"version", a["version"]}}).status, 404);
  EXPECT_EQ(as("renshi").put_json(answer_path(b["id"]), {{"text", kEdited}, {"version", b["version"]}}).status, 404);

  // A discipline member rewords; may not approve; an answer about themselves is withheld.
  json jb = ok(as("jijian").put_json(answer_path(b["id"]), {{"text", kEdited}, {"version", b["version"]}}), "edit")["answer"];
  EXPECT_EQ(jb["text"], kEdited);
  EXPECT_EQ(as("jijian").put_json(answer_path(b["id"]), {{"text", "再改"}, {"version", b["version"]}}).status, 409)
      << "stale version";
  EXPECT_EQ(as("jijian").put_json(answer_path(b["id"]), {{"text", "  "}, {"version", jb["version"]}}).status, 400);
  EXPECT_EQ(as("jijian").post_json(answer_path(a["id"], "/approve"), {{"version", a["version"]}}).status, 403);
  const int64_t own = ask({jijian_person_});
  json jo = request("jijian", own);
  EXPECT_TRUE(jo["answers"][0]["recused"].get<bool>());
  EXPECT_EQ(jo["answers"][0]["text"], "");
  EXPECT_TRUE(jo["answers"][0]["grounds"].is_null());
  EXPECT_EQ(as("jijian").get(answer_path(jo["answers"][0]["id"], "/docx")).status, 404);

  // Approval numbers per year: a reply numbered in another year does not move this year's sequence.
  json nb;
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    const int64_t year = Date::from_unix_ms(std::time(nullptr) * 1000LL).year();
    // An approved reply of last year, numbered 7, in the third request.
    json o = request("shuji", own);
    ASSERT_TRUE(lease->get()
                    .execute("UPDATE opinion_answers SET status = 'approved', number_year = ?, number_seq = 7, "
                             "number = ? WHERE id = ?",
                             {year - 1, "纪复〔" + std::to_string(year - 1) + "〕7号", o["answers"][0]["id"].get<int64_t>()})
                    .ok());
    const std::string prefix = "纪复〔" + std::to_string(year) + "〕";
    json na = ok(as("shuji").post_json(answer_path(a["id"], "/approve"), {{"version", a["version"]}}), "approve a")["answer"];
    EXPECT_EQ(na["number"], prefix + "1号");
    EXPECT_EQ(na["status"], "approved");
    nb = ok(as("shuji").post_json(answer_path(b["id"], "/approve"), {{"version", jb["version"]}}), "approve b")["answer"];
    EXPECT_EQ(nb["number"], prefix + "2号");
    EXPECT_EQ(nb["text"], kEdited);
  }
  // Archived: no change, no second approval.
  EXPECT_EQ(as("shuji").put_json(answer_path(a["id"]), {{"text", "改"}, {"version", 2}}).status, 409);
  EXPECT_EQ(as("shuji").post_json(answer_path(a["id"], "/approve"), {{"version", 2}}).status, 409);
  EXPECT_TRUE(open_messages("shuji", "opinions.approve", "open").empty());
  EXPECT_EQ(open_messages("renshi", "opinions.approved", "all").size(), 2u);

  // The organisation department now reads the approved texts and numbers, still no grounds.
  r = request("renshi", id);
  EXPECT_EQ(r["answers"][0]["text"], "经查，未发现甲干部同志有违反党风廉政建设规定的问题。");
  EXPECT_EQ(r["answers"][1]["text"], kEdited);
  EXPECT_TRUE(r["answers"][1]["grounds"].is_null());
  EXPECT_NE(r["answers"][1]["number"].get<std::string>().find("2号"), std::string::npos);

  // The DOCX (GB/T 9704 header with the number), audited.
  const int64_t before = audit_count("opinion_answer.export");
  auto x = as("renshi").get(answer_path(b["id"], "/docx"));
  ASSERT_EQ(x.status, 200) << x.body;
  auto zip = reports::read_zip(x.body, 50'000'000);
  ASSERT_TRUE(zip.has_value());
  std::string doc;
  for (auto& e : *zip)
    if (e.name == "word/document.xml") doc = e.content;
  EXPECT_NE(doc.find(nb["number"].get<std::string>()), std::string::npos);
  EXPECT_NE(doc.find(kEdited), std::string::npos);
  EXPECT_NE(doc.find("特此函复。"), std::string::npos);
  EXPECT_EQ(audit_count("opinion_answer.export"), before + 1);
  EXPECT_GE(audit_count("opinion_request.read"), 5);

  // Everyone else — and the three administrators, one linked to 甲干部 — the plain 404.
  const auto missing = as("renshi").get("/api/v1/opinions/requests/999999");
  ASSERT_EQ(missing.status, 404);
  for (const std::string user : {"sysadmin", "secadmin", "auditor", "dangwei", "chuzhang", "ganbu"}) {
    auto g = as(user).get("/api/v1/opinions/requests/" + std::to_string(id));
    EXPECT_EQ(g.status, 404) << user;
    EXPECT_EQ(g.body, missing.body) << user;
    EXPECT_EQ(as(user).get("/api/v1/opinions/requests").status, 404) << user;
    EXPECT_EQ(as(user).get(answer_path(b["id"], "/docx")).status, 404) << user;
    EXPECT_EQ(as(user).put_json(answer_path(b["id"]), {{"text", "x"}, {"version", 1}}).status, 404) << user;
    EXPECT_EQ(as(user).post_json("/api/v1/opinions/requests",
                                 {{"purpose", "promotion"}, {"requested_by", "2099-01-01"}, {"person_ids", {clear_}}})
                  .status,
              404)
        << user;
    EXPECT_TRUE(ok(as(user).get("/api/v1/opinions/people?name=干部"), "people")["people"].empty()) << user;
  }
}

TEST_P(OpinionsHttpTest, BadRequestsNameTheFieldAndTheTextsAreSealedAtRest) {
  auto bad = [&](const std::string& user, json body, const std::string& field) {
    if (!body.contains("requested_by")) body["requested_by"] = "2099-01-01";
    auto r = as(user).post_json("/api/v1/opinions/requests", body);
    EXPECT_EQ(r.status, 400) << field << ": " << r.body;
    EXPECT_NE(r.body.find(field), std::string::npos) << r.body;
  };
  bad("renshi", {{"purpose", "promote"}, {"person_ids", {clear_}}}, "purpose");
  bad("renshi", {{"purpose", "other"}, {"person_ids", {clear_}}}, "purpose_note");
  bad("renshi", {{"purpose", "award"}, {"requested_by", "2020-01-01"}, {"person_ids", {clear_}}}, "requested_by");
  bad("renshi", {{"purpose", "award"}, {"person_ids", json::array()}}, "person_ids");
  bad("renshi", {{"purpose", "award"}, {"person_ids", {clear_, clear_}}}, "person_ids");
  bad("renshi_bgs", {{"purpose", "award"}, {"person_ids", {clear_}}}, "person_ids");  // outside its scope
  // The picker: name, department and position, within scope.
  json p = ok(as("renshi").get("/api/v1/opinions/people?name=" + std::string("%E7%94%B2")), "people")["people"];
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0]["name"], "甲干部");
  EXPECT_EQ(p[0]["department_name"], "规划处");
  EXPECT_TRUE(ok(as("renshi_bgs").get("/api/v1/opinions/people?name=" + std::string("%E7%94%B2")), "people")["people"].empty());

  conceal_on_record();
  const int64_t id = ask({clear_, concealed_}, "award");
  json d = request("shuji", id);
  const std::string draft = d["answers"][1]["text"];
  ASSERT_NE(draft.find("建议暂缓评优评先"), std::string::npos) << draft;
  json e = ok(as("shuji").put_json(answer_path(d["answers"][1]["id"]), {{"text", kEdited}, {"version", d["answers"][1]["version"]}}),
              "edit")["answer"];
  ok(as("shuji").post_json(answer_path(d["answers"][1]["id"], "/approve"), {{"version", e["version"]}}), "approve");
  ok(as("shuji").post_json(answer_path(d["answers"][0]["id"], "/redraft"), {{"version", d["answers"][0]["version"]}}),
     "redraft");

  const std::vector<std::string> secrets{kEdited, "未发现甲干部同志", "认定为瞒报", "建议暂缓"};
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    std::string all;
    for (const char* sql : {"SELECT * FROM opinion_answers", "SELECT * FROM opinion_requests", "SELECT * FROM audit_log",
                            "SELECT * FROM inbox_messages"}) {
      auto rows = lease->get().query(sql);
      ASSERT_TRUE(rows.ok()) << sql;
      for (const auto& r : *rows)
        for (size_t i = 0; i < r.size(); ++i) all += r.text(i) + "\n";
    }
    ASSERT_NE(all.find("v1:"), std::string::npos) << "sealed values are there";
    for (const auto& s : secrets) EXPECT_EQ(all.find(s), std::string::npos) << s;
  }
  // The SQLite file itself (and its write-ahead log): no text in clear.
  if (url().rfind("sqlite:", 0) == 0) {
    const std::string path = url().substr(7);
    std::string bytes;
    for (const std::string& f : {path, path + "-wal"}) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      bytes += ss.str();
    }
    ASSERT_GT(bytes.size(), 10000u);
    ASSERT_NE(bytes.find("opinion_answers"), std::string::npos) << "read the right file";
    for (const auto& s : secrets) EXPECT_EQ(bytes.find(s), std::string::npos) << s;
  }
  // And the reader still opens them.
  EXPECT_EQ(request("renshi", id)["answers"][1]["text"], kEdited);
}

TEST_P(OpinionsHttpTest, ABadOpinionsSettingStopsTheServer) {
  const std::string text = testing::refused_start_text(url(), "[opinions]\nconcealed_years = 0\n");
  EXPECT_NE(text.find("opinions.concealed_years"), std::string::npos) << text;
}

INSTANTIATE_TEST_SUITE_P(Both, OpinionsHttpTest, testing::AllDatabases(), testing::DatabaseName);

// `qingfeng security rotate-key` seals the replies again with the new key: the stored values
// change and a server with the new key file reads the same texts.
class OpinionsKeyRotationTest : public OpinionsHttpTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    static int counter = 0;
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("qf-opin-rotate-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    toml_ = "[security]\nsecret_key_file = \"" + (dir_ / "qingfeng.key").string() + "\"\n";
    o.config_toml = toml_;
  }
  void TearDown() override {
    OpinionsHttpTest::TearDown();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string sealed_values() {
    auto lease = db().acquire();
    std::string all;
    auto rows = lease->get().query("SELECT text_sealed, grounds_sealed FROM opinion_answers ORDER BY id");
    EXPECT_TRUE(rows.ok());
    if (rows.ok())
      for (const auto& r : *rows) all += r.text("text_sealed") + "\n" + r.text("grounds_sealed") + "\n";
    return all;
  }
  std::filesystem::path dir_;
  std::string toml_;
};

TEST_P(OpinionsKeyRotationTest, RotateKeySealsTheRepliesAgainAndTheNewServerReadsThem) {
  if (!started()) GTEST_SKIP();
  const int64_t id = ask({clear_});
  const json before_json = request("shuji", id);
  const std::string text = before_json["answers"][0]["text"];
  ASSERT_FALSE(text.empty());
  const std::string before = sealed_values();
  clients_.clear();
  ASSERT_EQ(server_->stop(), 0) << server_->output();
  server_.reset();

  const std::string cfg = (dir_ / "cli.toml").string();
  std::ofstream(cfg) << toml_;
  auto r = testing::run_qingfeng({"--config", cfg, "--database", url(), "security", "rotate-key"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(sealed_values(), before);

  testing::ServerProcessOptions o;
  o.database_url = url();
  o.config_toml = toml_;
  auto s = testing::ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  server_ = std::move(*s);
  const json after = request("shuji", id);
  EXPECT_EQ(after["answers"][0]["text"], text);
  EXPECT_EQ(after["answers"][0]["grounds"], before_json["answers"][0]["grounds"]);
}

INSTANTIATE_TEST_SUITE_P(Both, OpinionsKeyRotationTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
