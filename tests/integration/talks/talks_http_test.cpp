// The /talks API through the real server (both databases): record, edit and archive
// with audit entries (before → after), permissions per role, the clue id shown only
// to those who may see the clue, the pending list from the [talks] configuration, the
// XLSX export read back with Chinese headers, and the talk.kind dictionary.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "domain/audit/audit_log.h"
#include "domain/org/people.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "org_test_bureau.h"
#include "support/ledger_export.h"
#include "support/served_test.h"

namespace qf {
namespace {

using nlohmann::json;
using orgtest::kNow;

class TalksHttpTest : public testing::ServedDatabaseTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    o.config_toml = "[talks]\nrequired_within_days = 30\npending_since = \"2026-01-01\"\n";
  }
  void seed(store::Connection& conn) override {
    b_ = orgtest::make_bureau(conn);
    zhang_ = orgtest::add_person(conn, b_, "3001", "张三", b_.office, b_.branch1, b_.clerk_pos);
    li_ = orgtest::add_person(conn, b_, "3002", "李四", b_.planning1, b_.branch2, b_.section_pos);
    secretary_ = orgtest::add_person(conn, b_, "3003", "纪委书记甲", b_.office, b_.branch1, std::nullopt, "section");
    // Both promoted on 2026-03-01: talks are due by 03-31.
    ASSERT_TRUE(org::record_position_event(conn, zhang_, {"promote", std::nullopt, std::nullopt, "deputy_section",
                                                          "2026-03-01", ""}, std::nullopt, kNow).ok());
    ASSERT_TRUE(org::record_position_event(conn, li_, {"promote", std::nullopt, std::nullopt, "deputy_section",
                                                       "2026-03-01", ""}, std::nullopt, kNow).ok());
    auto account = [&](const std::string& user, std::optional<int64_t> person, auth::RoleGrant g) {
      return testing::add_test_account(conn, user, {g}, person);
    };
    account("jiwei", secretary_, {auth::Role::kDisciplineSecretary, auth::ScopeKind::kUnit, {}});
    jijian_ = account("jijian", std::nullopt, {auth::Role::kDisciplineMember, auth::ScopeKind::kUnit, {}});
    jijian2_ = account("jijian2", std::nullopt, {auth::Role::kDisciplineMember, auth::ScopeKind::kUnit, {}});
    account("renshi", std::nullopt, {auth::Role::kOrgHr, auth::ScopeKind::kUnit, {}});
    account("dangwei", std::nullopt, {auth::Role::kPartySecretary, auth::ScopeKind::kUnit, {}});
    account("chuzhang", li_, {auth::Role::kDeptHead, auth::ScopeKind::kDepartment, b_.planning});
    account("zhigong", zhang_, {auth::Role::kStaff, auth::ScopeKind::kSelf, {}});
    account("sysadmin", std::nullopt, {auth::Role::kSysAdmin, auth::ScopeKind::kUnit, {}});
    // A discipline member whose grant reaches the planning department (and its sub-departments) only.
    account("jijian_gh", std::nullopt, {auth::Role::kDisciplineMember, auth::ScopeKind::kDepartment, b_.planning});
    // A clue (written directly: the clue module is not under test) assigned to jijian2 only.
    auto clue = conn.insert(
        "INSERT INTO clues (number, number_year, number_seq, source, category, matter, received_date, state, "
        "disposition_stage_start_date, created_at, updated_at) VALUES ('〔2026〕线索第1号', 2026, 1, 'petition', "
        "'integrity', '反映收受礼金', '2026-02-01', 'closed', '2026-02-01', 0, 0) RETURNING id");
    ASSERT_TRUE(clue.ok()) << clue.error().to_string();
    clue_ = *clue;
    ASSERT_TRUE(conn.execute("INSERT INTO clue_assignments (clue_id, account_id, part, assigned_at) VALUES (?, ?, "
                             "'handler', 0)",
                             {clue_, jijian2_})
                    .ok());
  }
  json collective(const std::vector<int64_t>& people, const std::string& date = "2026-03-20") {
    json parts = json::array();
    for (int64_t p : people) parts.push_back({{"person_id", p}});
    return {{"kind", "collective_new_cadre"}, {"talk_date", date},   {"talker_person_id", secretary_},
            {"location", "三楼会议室"},       {"summary", "学习准则"}, {"follow_up", "签订廉洁承诺书"},
            {"participants", parts}};
  }
  std::vector<audit::AuditEntry> audit_of(const std::string& action) {
    auto lease = db().acquire();
    audit::AuditFilter f;
    f.action = action;
    f.limit = 0;
    auto r = audit::query(lease->get(), f);
    EXPECT_TRUE(r.ok());
    return r.ok() ? r->first : std::vector<audit::AuditEntry>{};
  }

  orgtest::Bureau b_;
  int64_t zhang_ = 0, li_ = 0, secretary_ = 0, jijian_ = 0, jijian2_ = 0, clue_ = 0, old_talk_ = 0;
};

TEST_P(TalksHttpTest, RecordEditArchiveAreAuditedAndNothingIsDeleted) {
  auto jj = login("jijian");
  auto created = jj->post_json("/api/v1/talks", collective({zhang_, li_}));
  ASSERT_EQ(created.status, 200) << created.body;
  json t = created.json()["data"];
  int64_t id = t["id"];
  EXPECT_EQ(t["talker_name"], "纪委书记甲");
  ASSERT_EQ(t["participants"].size(), 2u);
  EXPECT_EQ(t["participants"][0]["name"], "张三");
  EXPECT_EQ(t["participants"][0]["department_name"], "办公室");
  EXPECT_EQ(t["participants"][1]["department_name"], "规划一科");
  auto create_audit = audit_of("talk.create");
  ASSERT_EQ(create_audit.size(), 1u);
  EXPECT_EQ(create_audit[0].event.object_id, std::to_string(id));
  // Identifiers, never the names of the people talked to, the place or what was said (#14).
  EXPECT_NE(create_audit[0].event.summary.find("#" + std::to_string(zhang_)), std::string::npos)
      << create_audit[0].event.summary;
  for (const char* content : {"张三", "李四", "三楼会议室", "学习准则", "签订廉洁承诺书"})
    EXPECT_EQ(create_audit[0].event.summary.find(content), std::string::npos) << create_audit[0].event.summary;

  json edit = collective({zhang_}, "2026-03-21");
  edit["kind"] = "pre_appointment";
  auto put = jj->put_json("/api/v1/talks/" + std::to_string(id), edit);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json()["data"]["kind"], "pre_appointment");
  EXPECT_EQ(put.json()["data"]["participants"].size(), 1u);
  auto upd = audit_of("talk.update");
  ASSERT_EQ(upd.size(), 1u);
  const std::string& s = upd[0].event.summary;
  EXPECT_NE(s.find("修改前：新提拔（转任）干部集体廉政谈话 2026-03-20"), std::string::npos) << s;
  EXPECT_NE(s.find("修改后：任前廉政谈话 2026-03-21"), std::string::npos) << s;
  EXPECT_NE(s.find("#" + std::to_string(li_)), std::string::npos) << s;  // the participant removed is in "before"
  EXPECT_EQ(s.find("李四"), std::string::npos) << s;

  // Bad input names the field.
  json bad = collective({zhang_});
  bad["talk_date"] = "2099-01-01";
  auto refused = jj->post_json("/api/v1/talks", bad);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json()["error"]["field"], "talk_date");
  EXPECT_FALSE(refused.json()["error"]["message_en"].get<std::string>().empty());

  auto no_reason = jj->post_json("/api/v1/talks/" + std::to_string(id) + "/archive", json::object());
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.json()["error"]["field"], "reason");
  auto archived = jj->post_json("/api/v1/talks/" + std::to_string(id) + "/archive", {{"reason", "重复登记"}});
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_TRUE(archived.json()["data"]["archived"].get<bool>());
  auto arch = audit_of("talk.archive");  // the refusal is audited too, as a failure
  ASSERT_EQ(arch.size(), 2u);
  EXPECT_EQ(arch[0].event.success + arch[1].event.success, 1);
  for (const auto& e : arch) {
    if (e.event.success) {
      EXPECT_EQ(e.event.summary.find("重复登记"), std::string::npos) << e.event.summary;  // free text stays in the record
    }
  }
  EXPECT_EQ(jj->get("/api/v1/talks").json()["meta"]["total"], 0);
  EXPECT_EQ(jj->get("/api/v1/talks?include_archived=true").json()["meta"]["total"], 1);
  EXPECT_EQ(jj->get("/api/v1/talks/" + std::to_string(id)).json()["data"]["archive_reason"], "重复登记");
  EXPECT_EQ(jj->put_json("/api/v1/talks/" + std::to_string(id), edit).status, 409);
  EXPECT_EQ(jj->get("/api/v1/talks/99999").status, 404);
}

// A talk an older release wrote in clear text (sealed = 0), before `serve` starts.
class TalksSealingTest : public TalksHttpTest {
 protected:
  void seed(store::Connection& conn) override {
    TalksHttpTest::seed(conn);
    if (HasFatalFailure()) return;
    auto old = conn.insert(
        "INSERT INTO integrity_talks (kind, talk_date, talker_name, summary, follow_up, created_at, updated_at) "
        "VALUES ('routine', '2026-02-01', '王纪', '旧版本明文要点', '旧版本明文跟进', 0, 0) RETURNING id");
    ASSERT_TRUE(old.ok()) << old.error().to_string();
    old_talk_ = *old;
    ASSERT_TRUE(conn.execute("INSERT INTO talk_participants (talk_id, person_id, name) VALUES (?, ?, '张三')",
                             {old_talk_, zhang_})
                    .ok());
  }
};

// #14: what was said is case content — the summary and follow-up are sealed at rest
// (not in the database in clear, bound to their talk), and clear text an older release
// left is sealed when the server starts.
TEST_P(TalksSealingTest, SummaryAndFollowUpAreSealedAtRestAndBoundToTheirTalk) {
  auto jj = login("jijian");
  auto created = jj->post_json("/api/v1/talks", collective({zhang_}));
  ASSERT_EQ(created.status, 200) << created.body;
  const int64_t id = created.json()["data"]["id"];
  EXPECT_EQ(created.json()["data"]["summary"], "学习准则");
  auto stored = [&](int64_t talk) {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT summary, follow_up, sealed FROM integrity_talks WHERE id = ?", {talk});
    EXPECT_TRUE(r.ok());
    return r.ok() ? std::make_tuple(r->text("summary"), r->text("follow_up"), r->i64("sealed"))
                  : std::make_tuple(std::string(), std::string(), int64_t{-1});
  };
  for (int64_t talk : {id, old_talk_}) {
    auto [summary, follow_up, sealed] = stored(talk);
    EXPECT_EQ(sealed, 1) << talk;
    EXPECT_EQ(summary.rfind("v1:", 0), 0u) << summary;
    for (const char* clear : {"学习准则", "签订廉洁承诺书", "旧版本明文要点", "旧版本明文跟进"}) {
      EXPECT_EQ(summary.find(clear), std::string::npos) << summary;
      EXPECT_EQ(follow_up.find(clear), std::string::npos) << follow_up;
    }
  }
  // The older record reads as it was written.
  auto old = jj->get("/api/v1/talks/" + std::to_string(old_talk_));
  ASSERT_EQ(old.status, 200) << old.body;
  EXPECT_EQ(old.json()["data"]["summary"], "旧版本明文要点");
  EXPECT_EQ(old.json()["data"]["follow_up"], "旧版本明文跟进");
  // An edit seals again; the text comes back as edited.
  json edit = collective({zhang_});
  edit["summary"] = "修改后的要点";
  ASSERT_EQ(jj->put_json("/api/v1/talks/" + std::to_string(id), edit).status, 200);
  EXPECT_EQ(jj->get("/api/v1/talks/" + std::to_string(id)).json()["data"]["summary"], "修改后的要点");
  EXPECT_EQ(std::get<0>(stored(id)).find("修改后的要点"), std::string::npos);
  // Search covers names and the place (the summary is sealed).
  EXPECT_EQ(jj->get("/api/v1/talks?q=%E4%B8%89%E6%A5%BC").json()["meta"]["total"], 1);  // 三楼
  EXPECT_EQ(jj->get("/api/v1/talks?q=%E5%BC%A0%E4%B8%89").json()["meta"]["total"], 2);  // 张三
  // A sealed summary copied onto another talk does not open there: refused, never shown.
  {
    auto lease = db().acquire();
    ASSERT_TRUE(lease->get()
                    .execute("UPDATE integrity_talks SET summary = ? WHERE id = ?", {std::get<0>(stored(id)), old_talk_})
                    .ok());
  }
  auto moved = jj->get("/api/v1/talks/" + std::to_string(old_talk_));
  EXPECT_EQ(moved.status, 503) << moved.body;
  EXPECT_EQ(moved.json()["error"]["code"], "talk.sealed") << moved.body;
  EXPECT_EQ(moved.body.find("修改后的要点"), std::string::npos);
}

// `qingfeng security rotate-key` seals the talks again with the new key; a server with
// the new key file reads the same text.
class TalksKeyRotationTest : public TalksHttpTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override {
    TalksHttpTest::configure(o);
    static int counter = 0;
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("qf-talk-rotate-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(dir_);
    toml_ = o.config_toml + "[security]\nsecret_key_file = \"" + (dir_ / "qingfeng.key").string() + "\"\n";
    o.config_toml = toml_;
  }
  void TearDown() override {
    TalksHttpTest::TearDown();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::filesystem::path dir_;
  std::string toml_;
};

TEST_P(TalksKeyRotationTest, RotateKeySealsTheTalksAgainAndTheNewServerReadsThem) {
  if (!started()) GTEST_SKIP();
  int64_t id = 0;
  {
    auto jj = login("jijian");
    auto created = jj->post_json("/api/v1/talks", collective({zhang_}));
    ASSERT_EQ(created.status, 200) << created.body;
    id = created.json()["data"]["id"];
  }
  auto stored = [&] {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT summary FROM integrity_talks WHERE id = ?", {id});
    return r.ok() ? r->text("summary") : std::string();
  };
  const std::string before = stored();
  ASSERT_EQ(server_->stop(), 0) << server_->output();
  server_.reset();
  const std::string cfg = (dir_ / "cli.toml").string();
  std::ofstream(cfg) << toml_;
  auto r = testing::run_qingfeng({"--config", cfg, "--database", url(), "security", "rotate-key"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 talk records (summaries, follow-ups) sealed with the new key"), std::string::npos) << r.out;
  EXPECT_NE(stored(), before);
  testing::ServerProcessOptions o;
  o.database_url = url();
  o.config_toml = toml_;
  auto s = testing::ServerProcess::start(o);
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  server_ = std::move(*s);
  auto t = login("jijian")->get("/api/v1/talks/" + std::to_string(id));
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_EQ(t.json()["data"]["summary"], "学习准则");
  EXPECT_EQ(t.json()["data"]["follow_up"], "签订廉洁承诺书");
}

TEST_P(TalksHttpTest, OnlyDisciplineStaffRecordOthersReadOrAreRefused) {
  auto jj = login("jijian");
  ASSERT_EQ(jj->post_json("/api/v1/talks", collective({zhang_})).status, 200);
  for (const char* reader : {"renshi", "dangwei", "jiwei"}) {
    auto c = login(reader);
    auto r = c->get("/api/v1/talks");
    EXPECT_EQ(r.status, 200) << reader;
    EXPECT_EQ(r.json()["meta"]["total"], 1) << reader;
    EXPECT_EQ(c->get("/api/v1/talks/pending").status, 200) << reader;
  }
  for (const char* reader : {"renshi", "dangwei"}) {
    auto c = login(reader);
    auto r = c->post_json("/api/v1/talks", collective({li_}));
    EXPECT_EQ(r.status, 403) << reader << " " << r.body;
  }
  for (const char* outsider : {"chuzhang", "zhigong", "sysadmin"}) {
    auto c = login(outsider);
    EXPECT_EQ(c->get("/api/v1/talks").status, 403) << outsider;
    EXPECT_EQ(c->get("/api/v1/talks/pending").status, 403) << outsider;
    EXPECT_EQ(c->get("/api/v1/talks/export").status, 403) << outsider;
    EXPECT_EQ(c->post_json("/api/v1/talks", collective({li_})).status, 403) << outsider;
  }
  EXPECT_EQ(login("jiwei")->get("/api/v1/talks").json()["meta"]["total"], 1);
}

TEST_P(TalksHttpTest, TheClueIdIsShownOnlyToThoseWhoMaySeeTheClue) {
  auto jj2 = login("jijian2");  // assigned to the clue
  json body = collective({zhang_});
  body["kind"] = "admonishment";
  body["clue_id"] = clue_;
  auto created = jj2->post_json("/api/v1/talks", body);
  ASSERT_EQ(created.status, 200) << created.body;
  int64_t id = created.json()["data"]["id"];
  EXPECT_EQ(created.json()["data"]["clue_id"], clue_);
  std::string path = "/api/v1/talks/" + std::to_string(id);
  EXPECT_EQ(login("jiwei")->get(path).json()["data"]["clue_id"], clue_);
  EXPECT_EQ(login("jiwei")->get(path).json()["data"]["has_clue"], true);
  for (const char* other : {"jijian", "renshi", "dangwei"}) {
    auto r = login(other)->get(path);
    ASSERT_EQ(r.status, 200) << other;
    EXPECT_TRUE(r.json()["data"]["clue_id"].is_null()) << other;
    // Not even "linked to a clue": that alone tells them a clue exists about 张三.
    EXPECT_EQ(r.json()["data"]["has_clue"], false) << other;
    EXPECT_EQ(r.body.find("线索第1号"), std::string::npos);
    const json list = login(other)->get("/api/v1/talks?include_archived=true").json();
    for (const auto& t : list["data"]) EXPECT_EQ(t["has_clue"], false) << other;
  }
  // A clue the caller cannot see is refused exactly like one that does not exist.
  auto jj = login("jijian");
  auto hidden = jj->post_json("/api/v1/talks", body);
  body["clue_id"] = 987654;
  auto missing = jj->post_json("/api/v1/talks", body);
  EXPECT_EQ(hidden.status, 400);
  EXPECT_EQ(hidden.json()["error"], missing.json()["error"]);
  EXPECT_EQ(hidden.json()["error"]["field"], "clue_id");
}

TEST_P(TalksHttpTest, TalksFollowTheReadersDataScope) {
  auto jj = login("jijian");  // unit-wide
  auto office = jj->post_json("/api/v1/talks", collective({zhang_}));
  auto planning = jj->post_json("/api/v1/talks", collective({li_}));
  ASSERT_EQ(office.status, 200) << office.body;
  ASSERT_EQ(planning.status, 200) << planning.body;
  const int64_t office_id = office.json()["data"]["id"], planning_id = planning.json()["data"]["id"];
  auto gh = login("jijian_gh");
  const json list = gh->get("/api/v1/talks").json();
  ASSERT_EQ(list["meta"]["total"], 1) << list.dump();
  EXPECT_EQ(list["data"][0]["id"], planning_id);
  EXPECT_EQ(gh->get("/api/v1/talks/" + std::to_string(planning_id)).status, 200);
  // Out of scope answers exactly like a talk that does not exist, for reading and writing.
  auto hidden = gh->get("/api/v1/talks/" + std::to_string(office_id));
  auto missing = gh->get("/api/v1/talks/987654");
  EXPECT_EQ(hidden.status, 404);
  EXPECT_EQ(hidden.body, missing.body);
  auto hidden_edit = gh->put_json("/api/v1/talks/" + std::to_string(office_id), collective({zhang_}));
  auto missing_edit = gh->put_json("/api/v1/talks/987654", collective({zhang_}));
  EXPECT_EQ(hidden_edit.status, 404);
  EXPECT_EQ(hidden_edit.json()["error"], missing_edit.json()["error"]);
  auto hidden_archive = gh->post_json("/api/v1/talks/" + std::to_string(office_id) + "/archive", {{"reason", "x"}});
  EXPECT_EQ(hidden_archive.status, 404);
  // The export holds the same rows as the list.
  auto xlsx = gh->get("/api/v1/talks/export");
  ASSERT_EQ(xlsx.status, 200);
  auto rows = testing::ledger_rows(xlsx.body, "廉政谈话台账");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->size(), 2u);  // the header and one talk
  // The pending list names only people in scope (李四 of planning, not 张三 of the office).
  const json pending = gh->get("/api/v1/talks/pending").json();
  for (const auto& p : pending["data"]) EXPECT_EQ(p["person_id"], li_) << pending.dump();
  // What the member records is theirs to see, whoever took part.
  auto own = gh->post_json("/api/v1/talks", collective({zhang_}));
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(gh->get("/api/v1/talks/" + std::to_string(own.json()["data"]["id"].get<int64_t>())).status, 200);
  EXPECT_EQ(gh->get("/api/v1/talks").json()["meta"]["total"], 2);
  // Unit-wide readers see all three.
  EXPECT_EQ(jj->get("/api/v1/talks").json()["meta"]["total"], 3);
}

TEST_P(TalksHttpTest, PendingListsPeopleWithoutTheRequiredTalkInTime) {
  auto jj = login("jijian");
  auto pending = jj->get("/api/v1/talks/pending");
  ASSERT_EQ(pending.status, 200) << pending.body;
  ASSERT_EQ(pending.json()["data"].size(), 2u);
  // 张三 talked on day 30 (in time); 李四 had a reminder talk only (not a required kind).
  ASSERT_EQ(jj->post_json("/api/v1/talks", collective({zhang_}, "2026-03-31")).status, 200);
  json reminder = collective({li_}, "2026-03-10");
  reminder["kind"] = "reminder";
  ASSERT_EQ(jj->post_json("/api/v1/talks", reminder).status, 200);
  auto after = jj->get("/api/v1/talks/pending");
  ASSERT_EQ(after.json()["data"].size(), 1u);
  json p = after.json()["data"][0];
  EXPECT_EQ(p["person_id"], li_);
  EXPECT_EQ(p["name"], "李四");
  EXPECT_EQ(p["department_name"], "规划一科");
  EXPECT_EQ(p["event_kind"], "promote");
  EXPECT_EQ(p["effective_date"], "2026-03-01");
  EXPECT_EQ(p["due_on"], "2026-03-31");
  EXPECT_TRUE(p["overdue"].get<bool>());
}

TEST_P(TalksHttpTest, ExportOpensWithChineseHeadersAndTheKindDictionaryIsServed) {
  auto jj = login("jijian");
  ASSERT_EQ(jj->post_json("/api/v1/talks", collective({zhang_, li_})).status, 200);
  json reminder = collective({li_}, "2026-04-10");
  reminder["kind"] = "reminder";
  ASSERT_EQ(jj->post_json("/api/v1/talks", reminder).status, 200);
  auto x = login("renshi")->get("/api/v1/talks/export?kind=collective_new_cadre");
  ASSERT_EQ(x.status, 200) << x.body;
  EXPECT_NE(x.header("Content-Type").find("spreadsheetml"), std::string::npos);
  auto rows = testing::ledger_rows(x.body, "廉政谈话台账");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 2u);  // header + the collective talk
  const auto& h = (*rows)[0].cells;
  ASSERT_GE(h.size(), 8u);
  EXPECT_EQ(h[0], "谈话日期");
  EXPECT_EQ(h[1], "谈话种类");
  EXPECT_EQ(h[2], "谈话人");
  EXPECT_EQ(h[3], "谈话对象");
  const auto& r = (*rows)[1].cells;
  EXPECT_EQ(r[0], "2026-03-20");
  EXPECT_EQ(r[1], "新提拔（转任）干部集体廉政谈话");
  EXPECT_EQ(r[3], "张三、李四");
  auto dict = jj->get("/api/v1/dictionaries/talk.kind");
  ASSERT_EQ(dict.status, 200);
  EXPECT_EQ(dict.json()["data"]["entries"].size(), 6u);
  EXPECT_EQ(dict.json()["data"]["entries"][4]["label_zh"], "诫勉谈话");
  EXPECT_EQ(jj->get("/api/v1/talks?kind=tea").status, 400);
}

INSTANTIATE_TEST_SUITE_P(Both, TalksHttpTest, testing::AllDatabases(), testing::DatabaseName);
INSTANTIATE_TEST_SUITE_P(Both, TalksSealingTest, testing::AllDatabases(), testing::DatabaseName);
INSTANTIATE_TEST_SUITE_P(Both, TalksKeyRotationTest, testing::AllDatabases(), testing::DatabaseName);

// A bad [talks] value stops the server before it listens, naming file and line.
class TalksConfigTest : public testing::DatabaseTest {};

TEST_P(TalksConfigTest, BadTalksSettingStopsServe) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string all = testing::refused_start_text(url(), "[talks]\n# comment\nrequired_within_days = 0\n");
  EXPECT_NE(all.find("required_within_days"), std::string::npos) << all;
  EXPECT_NE(all.find("qingfeng.toml:3"), std::string::npos) << all;
}

INSTANTIATE_TEST_SUITE_P(Both, TalksConfigTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
