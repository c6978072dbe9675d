// The problem-clue API through a real `qingfeng serve` on both databases: need-to-know
// per role (404 exactly like an absent id, nothing in lists, counts, search, export or
// the dashboard), audited reads, refused transitions that change nothing, a clue walked
// through 谈话函询 to closed, the overdue list after moving the test clock, split and
// merge keeping history, attachments, and a bad [clues] setting stopping the server.
#include <gtest/gtest.h>

#include <map>

#include "core/calendar.h"
#include "support/ledger_export.h"
#include "core/clock.h"
#include "domain/spreadsheet/xlsx_reader.h"
#include "clue_served_fixture.h"

namespace qf {
namespace {

using nlohmann::json;


class CluesHttpTest : public testing::ClueServedTest {
 protected:
  void configure(testing::ServerProcessOptions& o) override { o.config_toml = "[clues]\nmax_attachment_mb = 1\n"; }
  int64_t total(const std::string& user, const std::string& query = "") {
    auto r = as(user).get("/api/v1/clues?page_size=50" + query);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    return r.json()["meta"]["total"].get<int64_t>();
  }
  int64_t audited_reads(int64_t clue_id) {
    auto lease = db().acquire();
    auto r = lease->get().query_one(
        "SELECT COUNT(*) AS n FROM audit_log WHERE object_type = 'clue' AND object_id = ? AND action LIKE '%read%'",
        {std::to_string(clue_id)});
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->i64("n") : -1;
  }
};

TEST_P(CluesHttpTest, NeedToKnowPerRole) {
  json x = assigned_clue();
  const int64_t xid = x["id"].get<int64_t>();
  EXPECT_EQ(x["number"], "〔" + today_.substr(0, 4) + "〕线索第1号");
  EXPECT_EQ(x["persons"][0]["name"], "张被反映");  // filled from the organisation
  EXPECT_EQ(x["persons"][0]["department_id"], b_.planning);
  json w = register_clue("shuji");  // the secretary is its handler
  const int64_t wid = w["id"].get<int64_t>();
  const std::string xs = "/api/v1/clues/" + std::to_string(xid);
  const std::string ws = "/api/v1/clues/" + std::to_string(wid);

  // The discipline secretary sees all.
  EXPECT_EQ(total("shuji"), 2);
  EXPECT_EQ(as("shuji").get(xs).status, 200);
  EXPECT_EQ(as("shuji").get(ws).status, 200);
  // An assigned member sees its clue only; the office head assigned as dept_head too.
  EXPECT_EQ(total("jijian1"), 1);
  auto mine = as("jijian1").get(xs);
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(mine.json()["data"]["my_parts"], json::array({"handler"}));
  EXPECT_EQ(total("jjszr"), 1);
  EXPECT_EQ(total("jijian2"), 0);

  // Everyone else: the id answers exactly like an absent one.
  const auto absent = as("shuji").get("/api/v1/clues/999999");
  ASSERT_EQ(absent.status, 404);
  EXPECT_EQ(absent.json()["error"]["code"], "clue.not_found");
  struct Probe {
    std::string user;
    std::string path;
  };
  for (const Probe& p : {Probe{"jijian1", ws}, Probe{"jijian2", xs}, Probe{"chuzhang", xs}, Probe{"dangwei", xs},
                         Probe{"zhigong", xs}, Probe{"sysadmin", xs}, Probe{"secadmin", xs}, Probe{"auditor", xs}}) {
    auto r = as(p.user).get(p.path);
    EXPECT_EQ(r.status, 404) << p.user;
    EXPECT_EQ(r.body, absent.body) << p.user;
    auto none = as(p.user).get("/api/v1/clues/999999");
    EXPECT_EQ(none.body, absent.body) << p.user;
  }
  // Lists, exports and deadlines: refused without clue.handle; empty for an unassigned member.
  for (const char* user : {"chuzhang", "dangwei", "zhigong", "sysadmin", "secadmin", "auditor"}) {
    EXPECT_EQ(as(user).get("/api/v1/clues").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/clues/export").status, 403) << user;
    EXPECT_EQ(as(user).get("/api/v1/clues/deadlines").status, 403) << user;
    EXPECT_EQ(act(user, xid, {{"action", "start_review"}}).status, 403) << user;
    auto dash = as(user).get("/api/v1/dashboard");
    if (dash.status == 200) {
      EXPECT_FALSE(dash.json()["data"].contains("clue_reminders")) << user;
    }
  }
  // Search by number, matter or name finds nothing for the unassigned member.
  EXPECT_EQ(total("jijian2", "&q=" + std::string("%E5%BC%A0")), 0);  // 张
  EXPECT_EQ(total("shuji", "&q=" + std::string("%E5%BC%A0")), 2);
  {  // The search words are case content: the audit log (read by the auditor) keeps only that there were some.
    auto lease = db().acquire();
    auto searched = lease->get().query_one(
        "SELECT COUNT(*) AS n FROM audit_log WHERE object_type = 'clue_list' AND summary LIKE '%q=%'");
    ASSERT_TRUE(searched.ok());
    EXPECT_GE(searched->i64("n"), 2);
    auto leaked = lease->get().query_one("SELECT COUNT(*) AS n FROM audit_log WHERE object_type = 'clue_list' AND summary LIKE '%张%'");
    ASSERT_TRUE(leaked.ok());
    EXPECT_EQ(leaked->i64("n"), 0);
  }
  EXPECT_EQ(total("jijian1", "&person_id=" + std::to_string(reported_)), 1);
  EXPECT_EQ(total("jijian2", "&person_id=" + std::to_string(reported_)), 0);
  // Actions on an invisible clue: 404 too, nothing changed.
  EXPECT_EQ(act("jijian2", xid, {{"action", "start_review"}}).status, 404);
  // Export: only the visible rows.
  auto ex = as("jijian2").get("/api/v1/clues/export");
  ASSERT_EQ(ex.status, 200);
  auto rows = testing::ledger_rows(ex.body, "问题线索台账");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  EXPECT_EQ(rows->size(), 1u);  // the header only
  auto ex1 = as("jijian1").get("/api/v1/clues/export");
  auto rows1 = testing::ledger_rows(ex1.body, "问题线索台账");
  ASSERT_TRUE(rows1.ok());
  ASSERT_EQ(rows1->size(), 2u);
  EXPECT_EQ((*rows1)[0].cells[0], "线索编号");
  EXPECT_EQ((*rows1)[1].cells[0], x["number"]);
  // Related clues: the secretary sees W next to X (same person); the member does not.
  auto xd = as("jijian1").get(xs).json()["data"];
  EXPECT_TRUE(xd["related"].empty());
  EXPECT_EQ(as("shuji").get(xs).json()["data"]["related"].size(), 1u);
  // The dashboard counts only visible clues.
  move_clock(60 * kDayMs);
  auto dash = [&](const std::string& u) { return as(u).get("/api/v1/dashboard").json()["data"]["clue_reminders"]; };
  EXPECT_EQ(dash("shuji")["overdue"], 2);
  EXPECT_EQ(dash("jijian1")["overdue"], 1);
  EXPECT_EQ(dash("jijian2")["overdue"], 0);
  EXPECT_EQ(dash("jijian2")["due_soon"], 0);
  auto dl = as("jijian2").get("/api/v1/clues/deadlines?status=overdue");
  ASSERT_EQ(dl.status, 200);
  EXPECT_TRUE(dl.json()["data"].empty());
}

TEST_P(CluesHttpTest, EveryDetailReadIsAudited) {
  const int64_t xid = assigned_clue()["id"].get<int64_t>();
  const int64_t before = audited_reads(xid);
  ASSERT_EQ(as("jijian1").get("/api/v1/clues/" + std::to_string(xid)).status, 200);
  ASSERT_EQ(as("shuji").get("/api/v1/clues/" + std::to_string(xid)).status, 200);
  EXPECT_EQ(audited_reads(xid), before + 2);
  auto lease = db().acquire();
  auto r = lease->get().query_one(
      "SELECT actor, summary FROM audit_log WHERE object_type = 'clue' AND object_id = ? ORDER BY seq DESC LIMIT 1",
      {std::to_string(xid)});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text("actor"), "shuji");
  EXPECT_EQ(r->text("summary").find("收受礼金"), std::string::npos);  // never the matter text
  // A list read is audited once per request.
  auto list = lease->get().query_one("SELECT COUNT(*) AS n FROM audit_log WHERE object_type = 'clue_list'");
  const int64_t lists = list->i64("n");
  total("jijian1");
  EXPECT_EQ(lease->get().query_one("SELECT COUNT(*) AS n FROM audit_log WHERE object_type = 'clue_list'")->i64("n"),
            lists + 1);
}

TEST_P(CluesHttpTest, IllegalTransitionIsRefusedAndNothingChanges) {
  json x = assigned_clue();
  const int64_t xid = x["id"].get<int64_t>();
  auto r = act("jijian1", xid, {{"action", "approve"}, {"opinion", "同意"}});
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json()["error"]["code"], "clue.transition.illegal");
  EXPECT_EQ(r.json()["error"]["field"], "action");
  EXPECT_NE(r.json()["error"]["message_zh"].get<std::string>().find("已登记"), std::string::npos);
  EXPECT_NE(r.json()["error"]["message_en"].get<std::string>().find("Registered"), std::string::npos);
  // Wrong part: the office head cannot start the review.
  auto role = act("jjszr", xid, {{"action", "start_review"}});
  EXPECT_EQ(role.status, 403) << role.body;
  EXPECT_EQ(role.json()["error"]["code"], "clue.transition.role");
  // A part the caller does not play on this clue.
  auto part = act("jijian1", xid, {{"action", "start_review"}, {"as", "discipline_secretary"}});
  EXPECT_EQ(part.status, 403);
  auto after = as("jijian1").get("/api/v1/clues/" + std::to_string(xid)).json()["data"];
  EXPECT_EQ(after["state"], "registered");
  EXPECT_EQ(after["history"].size(), 1u);
  EXPECT_EQ(after["updated_at"], x["updated_at"]);
  // Missing opinion names the field.
  act_ok("jijian1", xid, {{"action", "start_review"}});
  auto missing = act("jijian1", xid, {{"action", "propose_disposition"}, {"disposition", "talk_or_inquiry"}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.json()["error"]["field"], "opinion");
}

TEST_P(CluesHttpTest, TalkOrInquiryWalkedToClosed) {
  const int64_t id = assigned_clue()["id"].get<int64_t>();
  json d = act_ok("jijian1", id, {{"action", "start_review"}});
  EXPECT_EQ(d["state"], "collective_review");
  EXPECT_EQ(d["legal_actions"][0]["as"], "handler");
  d = act_ok("jijian1", id, {{"action", "propose_disposition"}, {"disposition", "talk_or_inquiry"}, {"opinion", "建议函询"}});
  EXPECT_EQ(d["state"], "disposition_pending");
  EXPECT_EQ(d["awaiting"], "dept_head");
  d = act_ok("jjszr", id, {{"action", "approve"}, {"opinion", "同意"}});
  EXPECT_EQ(d["awaiting"], "discipline_secretary");
  // The handler cannot sign for the secretary.
  EXPECT_EQ(act("jijian1", id, {{"action", "approve"}}).status, 403);
  d = act_ok("shuji", id, {{"action", "approve"}, {"opinion", "同意函询"}});
  EXPECT_EQ(d["state"], "in_handling");
  EXPECT_EQ(d["disposition"], "talk_or_inquiry");
  d = act_ok("jijian1", id, {{"action", "send_inquiry"}});
  bool reply_deadline = false;
  for (const auto& dl : d["deadlines"]) reply_deadline |= dl["stage"] == "inquiry_reply";
  EXPECT_TRUE(reply_deadline);
  d = act_ok("jijian1", id, {{"action", "record_reply"}});
  json outcome{{"conclusion", "substantiated"},
               {"summary", "问题基本属实，情节轻微"},
               {"measures", json::array({{{"person_id", reported_},
                                          {"person_name", "张被反映"},
                                          {"measure", "reminder_talk"},
                                          {"decided_on", today_},
                                          {"decision_document", "〔2026〕1号"}}})}};
  d = act_ok("jijian1", id, {{"action", "submit_outcome"}, {"outcome", outcome}});
  EXPECT_EQ(d["state"], "outcome_pending");
  d = act_ok("jjszr", id, {{"action", "approve"}});
  d = act_ok("shuji", id, {{"action", "approve"}});
  EXPECT_EQ(d["state"], "closed");
  EXPECT_EQ(d["outcome"]["measures"][0]["form"], "first");
  EXPECT_TRUE(d["legal_actions"].empty());
  ASSERT_EQ(d["history"].size(), 10u);
  EXPECT_EQ(d["history"][3]["actor_name"], "显示jjszr");
  EXPECT_EQ(d["history"][3]["role"], "dept_head");
  EXPECT_EQ(d["history"][4]["actor_name"], "显示shuji");
  EXPECT_EQ(d["history"][4]["role"], "discipline_secretary");
  EXPECT_EQ(d["history"][4]["approval_step"], 3);
  // The applied measure is stored for statistics, and every step was audited without the matter.
  auto lease = db().acquire();
  auto m = lease->get().query_one("SELECT form, measure, approved FROM clue_outcome_measures WHERE clue_id = ?", {id});
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->text("form"), "first");
  EXPECT_EQ(m->i64("approved"), 1);
  auto a = lease->get().query(
      "SELECT summary FROM audit_log WHERE object_type = 'clue' AND object_id = ? AND action = 'clue.action' AND success = 1 "
      "ORDER BY seq",
      {std::to_string(id)});
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->size(), 9u);
  EXPECT_NE((*a)[0].text("summary").find("registered → collective_review"), std::string::npos) << (*a)[0].text("summary");
  for (const auto& row : *a) EXPECT_EQ(row.text("summary").find("收受礼金"), std::string::npos);
}

TEST_P(CluesHttpTest, OverdueListAfterMovingTheClock) {
  const int64_t id = assigned_clue()["id"].get<int64_t>();
  auto none = as("jijian1").get("/api/v1/clues/deadlines?status=overdue");
  ASSERT_EQ(none.status, 200);
  EXPECT_TRUE(none.json()["data"].empty());
  EXPECT_EQ(total("jijian1", "&due=overdue"), 0);
  move_clock(45 * kDayMs);  // the one-month disposition deadline has passed
  auto dl = as("jijian1").get("/api/v1/clues/deadlines?status=overdue");
  ASSERT_EQ(dl.status, 200) << dl.body;
  ASSERT_EQ(dl.json()["data"].size(), 1u);
  const json row = dl.json()["data"][0];
  EXPECT_EQ(row["id"], id);
  EXPECT_EQ(row["stage"], "disposition");
  EXPECT_EQ(row["status"], "overdue");
  EXPECT_GT(row["days_overdue"].get<int64_t>(), 0);
  EXPECT_EQ(total("jijian1", "&due=overdue"), 1);
  EXPECT_EQ(as("jijian1").get("/api/v1/dashboard").json()["data"]["clue_reminders"]["overdue"], 1);
  // Proposing a disposition meets the stage: nothing overdue any more.
  act_ok("jijian1", id, {{"action", "start_review"}});
  act_ok("jijian1", id, {{"action", "propose_disposition"}, {"disposition", "close"}, {"opinion", "了结"}});
  EXPECT_TRUE(as("jijian1").get("/api/v1/clues/deadlines?status=overdue").json()["data"].empty());
}

TEST_P(CluesHttpTest, SplitAndMergeKeepHistory) {
  json x = assigned_clue();
  const int64_t xid = x["id"].get<int64_t>();
  json part{{"category", "integrity"}, {"matter", "收受礼金"}, {"persons", json::array({{{"person_id", reported_}}})}};
  json part2{{"category", "work"}, {"matter", "违规审批"}, {"persons", json::array({{{"name", "外单位某"}}})}};
  auto sr = as("jijian1").post_json("/api/v1/clues/split",
                                    {{"clue_id", xid}, {"opinion", "两事分办"}, {"parts", json::array({part, part2})}});
  ASSERT_EQ(sr.status, 200) << sr.body;
  json parts = sr.json()["data"];
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0]["number"], "〔" + today_.substr(0, 4) + "〕线索第2号");
  EXPECT_EQ(parts[1]["number"], "〔" + today_.substr(0, 4) + "〕线索第3号");
  EXPECT_EQ(parts[0]["my_parts"], json::array({"handler"}));  // the assignments carry over
  auto orig = as("jijian1").get("/api/v1/clues/" + std::to_string(xid)).json()["data"];
  EXPECT_EQ(orig["state"], "split");
  EXPECT_EQ(orig["history"].size(), 2u);
  EXPECT_EQ(orig["history"][0]["action"], "register");
  EXPECT_EQ(orig["history"][1]["action"], "split");
  ASSERT_EQ(orig["links"].size(), 2u);
  EXPECT_EQ(orig["links"][0]["to_id"], parts[0]["id"]);
  // Merge the two parts back into one clue; nothing is deleted and no number reused.
  auto mr = as("jijian1").post_json("/api/v1/clues/merge",
                                    {{"clue_ids", json::array({parts[0]["id"], parts[1]["id"]})},
                                     {"opinion", "同一事项"},
                                     {"matter", "合并办理"},
                                     {"category", "integrity"}});
  ASSERT_EQ(mr.status, 200) << mr.body;
  json merged = mr.json()["data"];
  EXPECT_EQ(merged["number"], "〔" + today_.substr(0, 4) + "〕线索第4号");
  EXPECT_EQ(merged["persons"].size(), 2u);  // the union of the parts' persons
  EXPECT_NE(merged["history"][0]["opinion"].get<std::string>().find(parts[0]["number"].get<std::string>()),
            std::string::npos);
  auto p0 = as("jijian1").get("/api/v1/clues/" + std::to_string(parts[0]["id"].get<int64_t>())).json()["data"];
  EXPECT_EQ(p0["state"], "merged");
  EXPECT_EQ(p0["links"].size(), 2u);
  EXPECT_EQ(total("jijian1"), 4);
  EXPECT_EQ(total("jijian2"), 0);
  // Splitting a superseded clue is refused.
  auto again = as("jijian1").post_json("/api/v1/clues/split",
                                       {{"clue_id", xid}, {"opinion", "再拆"}, {"parts", json::array({part, part2})}});
  EXPECT_EQ(again.status, 409) << again.body;
  // An unassigned member cannot split what it cannot see.
  auto hidden = as("jijian2").post_json("/api/v1/clues/split",
                                        {{"clue_id", merged["id"]}, {"opinion", "拆"}, {"parts", json::array({part, part2})}});
  EXPECT_EQ(hidden.status, 404);
}

TEST_P(CluesHttpTest, AttachmentsRoundTripAndOversizeIsRefused) {
  const int64_t xid = assigned_clue()["id"].get<int64_t>();
  const std::string base = "/api/v1/clues/" + std::to_string(xid) + "/attachments";
  std::string pdf = "%PDF-1.7\n";
  for (int i = 0; i < 2000; ++i) pdf += static_cast<char>(i % 256);
  auto up = as("jijian1").request("POST", base + "?filename=%E4%B8%BE%E6%8A%A5%E4%BF%A1.pdf&kind=source", pdf,
                                  {{"Content-Type", "application/octet-stream"}});
  ASSERT_EQ(up.status, 200) << up.body;
  const json att = up.json()["data"];
  EXPECT_EQ(att["filename"], "举报信.pdf");
  EXPECT_EQ(att["content_type"], "application/pdf");
  EXPECT_EQ(att["size"], static_cast<int64_t>(pdf.size()));
  const std::string one = base + "/" + std::to_string(att["id"].get<int64_t>());
  const int64_t reads = audited_reads(xid);
  auto down = as("jijian1").get(one);
  ASSERT_EQ(down.status, 200);
  EXPECT_EQ(down.body, pdf);
  EXPECT_EQ(down.header("Content-Type"), "application/pdf");
  EXPECT_EQ(audited_reads(xid), reads + 1);
  auto detail = as("jijian1").get("/api/v1/clues/" + std::to_string(xid)).json()["data"];
  ASSERT_EQ(detail["attachments"].size(), 1u);
  EXPECT_EQ(detail["attachments"][0]["uploaded_by_name"], "显示jijian1");
  // Others: like an absent clue.
  EXPECT_EQ(as("jijian2").get(one).status, 404);
  EXPECT_EQ(as("zhigong").get(one).status, 404);
  // Above clues.max_attachment_mb (1 MB in this server's configuration).
  std::string big(1536 * 1024, 'x');
  auto too_big = as("jijian1").request("POST", base + "?filename=big.txt&kind=other", big,
                                       {{"Content-Type", "application/octet-stream"}});
  ASSERT_EQ(too_big.status, 413) << too_big.body;
  EXPECT_EQ(too_big.json()["error"]["code"], "clue.attachment.too_large");
  EXPECT_NE(too_big.json()["error"]["message_zh"].get<std::string>().find("1 MB"), std::string::npos);
  EXPECT_NE(too_big.json()["error"]["message_en"].get<std::string>().find("limit of 1 MB"), std::string::npos);
  EXPECT_EQ(as("jijian1").get("/api/v1/clues/" + std::to_string(xid)).json()["data"]["attachments"].size(), 1u);
}

TEST_P(CluesHttpTest, AssignmentsAreTheSecretarysAndEndedOnesAreKept) {
  const int64_t xid = assigned_clue()["id"].get<int64_t>();
  const std::string path = "/api/v1/clues/" + std::to_string(xid) + "/assignments";
  json to_jijian2{{"assignments", json::array({{{"account_id", ids_["jijian2"]}, {"part", "handler"}},
                                               {{"account_id", ids_["jjszr"]}, {"part", "dept_head"}}})}};
  EXPECT_EQ(as("jijian1").put_json(path, to_jijian2).status, 403);
  auto r = as("shuji").put_json(path, to_jijian2);
  ASSERT_EQ(r.status, 200) << r.body;
  int ended = 0;
  const json assigned = r.json()["data"]["assignments"];
  for (const auto& a : assigned) ended += a["ended_at"].is_null() ? 0 : 1;
  EXPECT_EQ(ended, 1);
  EXPECT_EQ(as("jijian1").get("/api/v1/clues/" + std::to_string(xid)).status, 404);
  EXPECT_EQ(as("jijian2").get("/api/v1/clues/" + std::to_string(xid)).status, 200);
  // Only accounts holding clue.handle can be assigned.
  auto bad = as("shuji").put_json(
      path, {{"assignments", json::array({{{"account_id", ids_["chuzhang"]}, {"part", "dept_head"}}})}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "assignments[0].account_id");
  auto assignable = as("jijian1").get("/api/v1/clues/assignable").json()["data"];
  EXPECT_EQ(assignable.size(), 4u);  // shuji, jijian1, jijian2, jjszr
}

// The register's pages are reused while nothing they show has changed: a write by
// another process (here: straight into the database) to an assignment, a clue or a
// handler's name is seen by the very next request.
TEST_P(CluesHttpTest, TheRegisterSeesEveryWriteEvenFromAnotherProcess) {
  const int64_t first = assigned_clue()["id"].get<int64_t>();
  const int64_t second = register_clue("shuji")["id"].get<int64_t>();
  auto page = [&] { return as("jijian1").get("/api/v1/clues?page=1").json(); };
  json before = page();
  ASSERT_EQ(before["meta"]["total"], 1);
  EXPECT_EQ(page(), before);  // served again, unchanged
  auto lease = db().acquire();
  ASSERT_TRUE(lease.ok());
  ASSERT_TRUE(lease->get()
                  .execute("INSERT INTO clue_assignments (clue_id, account_id, part, assigned_at) VALUES (?, ?, "
                           "'handler', 0)",
                           {second, ids_["jijian1"]})
                  .ok());
  EXPECT_EQ(page()["meta"]["total"], 2);
  ASSERT_TRUE(lease->get().execute("UPDATE clues SET state = 'held' WHERE id = ?", {first}).ok());
  json held = page();
  bool seen = false;
  for (const auto& item : held["data"])
    if (item["id"] == first) seen = item["state"] == "held";
  EXPECT_TRUE(seen) << held.dump();
  ASSERT_TRUE(lease->get().execute("UPDATE accounts SET display_name = '改名的承办人' WHERE id = ?", {ids_["jijian1"]}).ok());
  EXPECT_NE(page().dump().find("改名的承办人"), std::string::npos);
  // Every read is still audited.
  EXPECT_EQ(audit_count("clue_list.read"), 5);
}

INSTANTIATE_TEST_SUITE_P(Both, CluesHttpTest, testing::AllDatabases(), testing::DatabaseName);

// A bad [clues] value stops the server before it listens, naming file and line.
class CluesConfigTest : public testing::DatabaseTest {};

TEST_P(CluesConfigTest, BadCluesSettingStopsServe) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string all = testing::refused_start_text(url(), "[clues]\n# comment\ndisposition_due_months = 99\n");
  EXPECT_NE(all.find("clues.disposition_due_months"), std::string::npos) << all;
  EXPECT_NE(all.find("qingfeng.toml:3"), std::string::npos) << all;
}

INSTANTIATE_TEST_SUITE_P(Both, CluesConfigTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
