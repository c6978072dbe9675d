// The message centre through a real `qingfeng serve` (both databases): an overdue clue
// gives its handler one message and nobody else any, however often the inbox is read;
// a signature waits on the signer's list and leaves it when signed, passing to the
// next signer; marking read moves the header count and stays within one account; the
// list's parameters are checked; a bad [messages] setting stops the server.
#include <gtest/gtest.h>

#include "clue_served_fixture.h"

namespace qf {
namespace {

using nlohmann::json;

const char* const kEveryone[] = {"shuji", "jijian1", "jijian2", "jjszr", "chuzhang",
                                 "dangwei", "zhigong", "sysadmin", "secadmin", "auditor"};

class MessagesHttpTest : public testing::ClueServedTest {
 protected:
  // The clue of ClueServedTest::assigned_clue; remembers its number.
  int64_t assigned() {
    json c = assigned_clue();
    number_ = c["number"].get<std::string>();
    return c["id"].get<int64_t>();
  }
  // The user's messages (status open|unread|all) whose source starts with `prefix`.
  std::vector<json> messages(const std::string& user, const std::string& prefix, const std::string& status = "open") {
    auto r = as(user).get("/api/v1/messages?page_size=200&status=" + status);
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    std::vector<json> out;
    const json body = r.json();  // kept: the range below must not refer into a temporary
    for (const auto& m : body["data"])
      if (m["source"].get<std::string>().rfind(prefix, 0) == 0) out.push_back(m);
    return out;
  }
  json summary(const std::string& user) {
    auto r = as(user).get("/api/v1/messages/summary");
    EXPECT_EQ(r.status, 200) << user << ": " << r.body;
    return r.json()["data"];
  }
  int64_t stored(const std::string& source) {
    auto lease = db().acquire();
    auto r = lease->get().query_one("SELECT COUNT(*) AS n FROM inbox_messages WHERE source = ?", {source});
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->i64("n") : -1;
  }

  std::string number_;
};

// The sweep reads only the clues whose stored next due day is inside the due-soon window
// (clues/due_ids): day by day towards the one-month deadline, the handler is told
// "due soon" first, while the deadline has not passed, then "overdue" — never the
// reverse, and nothing while the deadline is far.
TEST_P(MessagesHttpTest, AClueComesDueSoonBeforeItIsOverdue) {
  assigned();
  EXPECT_TRUE(messages("jijian1", "clues.deadline").empty());
  int first_due_soon = -1, first_overdue = -1;
  for (int day = 14; day <= 45 && first_overdue < 0; ++day) {
    move_clock(day * kDayMs);
    for (const auto& m : messages("jijian1", "clues.deadline")) {
      if (m["kind"] == "due_soon" && first_due_soon < 0) first_due_soon = day;
      if (m["kind"] == "overdue" && first_overdue < 0) first_overdue = day;
    }
  }
  ASSERT_GT(first_due_soon, 14) << "nothing is due two weeks into a one-month deadline";
  ASSERT_GT(first_overdue, first_due_soon);
  // Due soon at most due_soon_working_days (3) working days ahead: within a week.
  EXPECT_LE(first_overdue - first_due_soon, 7);
  for (const char* user : kEveryone)
    if (std::string(user) != "jijian1") EXPECT_TRUE(messages(user, "clues.deadline", "all").empty()) << user;
}

TEST_P(MessagesHttpTest, AnOverdueClueTellsItsHandlerOnceAndNobodyElse) {
  const int64_t id = assigned();
  EXPECT_TRUE(messages("jijian1", "clues.deadline").empty());
  // Two months on, the one-month disposition deadline has passed.
  move_clock(62 * kDayMs);
  auto mine = messages("jijian1", "clues.deadline");
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["kind"], "overdue");
  EXPECT_EQ(mine[0]["link"], "/supervision/clues/" + std::to_string(id));
  EXPECT_EQ(mine[0]["object_type"], "clue");
  EXPECT_EQ(mine[0]["object_id"], std::to_string(id));
  EXPECT_TRUE(mine[0]["read_at"].is_null());
  const std::string title = mine[0]["title_zh"];
  EXPECT_NE(title.find(number_), std::string::npos) << title;
  EXPECT_NE(title.find("已逾期"), std::string::npos) << title;
  EXPECT_EQ(title.find("收受礼金"), std::string::npos) << "no case content in a message: " << title;
  EXPECT_FALSE(mine[0]["due_date"].is_null());
  EXPECT_EQ(summary("jijian1")["overdue"], 1);
  // Nobody else is told: not the secretary who sees every clue, not the office head,
  // not the other members, the heads, the Party secretary, staff or administrators.
  for (const char* user : kEveryone) {
    if (std::string(user) == "jijian1") continue;
    EXPECT_TRUE(messages(user, "clues.deadline", "all").empty()) << user;
    EXPECT_EQ(summary(user)["overdue"], 0) << user;
  }
  // Read again and again, by a signed-in browser polling the count: still one message.
  for (int i = 0; i < 3; ++i) summary("jijian1");
  move_clock(63 * kDayMs);
  EXPECT_EQ(messages("jijian1", "clues.deadline").size(), 1u);
  EXPECT_EQ(stored("clues.deadline"), 1);
  // Proposing a disposition meets the stage: the message resolves, kept in the history.
  act_ok("jijian1", id, {{"action", "start_review"}});
  act_ok("jijian1", id, {{"action", "propose_disposition"}, {"disposition", "close"}, {"opinion", "了结"}});
  EXPECT_TRUE(messages("jijian1", "clues.deadline").empty());
  EXPECT_EQ(summary("jijian1")["overdue"], 0);
  auto history = messages("jijian1", "clues.deadline", "all");
  ASSERT_EQ(history.size(), 1u);
  EXPECT_FALSE(history[0]["resolved_at"].is_null());
}

TEST_P(MessagesHttpTest, ASignatureWaitsOnTheSignersListUntilSigned) {
  const int64_t id = assigned();
  act_ok("jijian1", id, {{"action", "start_review"}});
  act_ok("jijian1", id, {{"action", "propose_disposition"}, {"disposition", "talk_or_inquiry"}, {"opinion", "建议函询"}});
  auto head = messages("jjszr", "clues.signature");
  ASSERT_EQ(head.size(), 1u);
  EXPECT_EQ(head[0]["kind"], "todo");
  EXPECT_EQ(head[0]["link"], "/supervision/clues/" + std::to_string(id));
  EXPECT_EQ(summary("jjszr")["todo"], 1);
  EXPECT_TRUE(messages("jijian1", "clues.signature").empty());
  EXPECT_TRUE(messages("shuji", "clues.signature").empty());
  // Signed by the office head: off his list at once, onto the secretary's.
  act_ok("jjszr", id, {{"action", "approve"}, {"opinion", "同意"}});
  EXPECT_TRUE(messages("jjszr", "clues.signature").empty());
  EXPECT_EQ(summary("jjszr")["todo"], 0);
  ASSERT_EQ(messages("shuji", "clues.signature").size(), 1u);
  act_ok("shuji", id, {{"action", "approve"}, {"opinion", "同意函询"}});
  EXPECT_TRUE(messages("shuji", "clues.signature").empty());
  for (const char* user : kEveryone) EXPECT_TRUE(messages(user, "clues.signature").empty()) << user;
  EXPECT_EQ(stored("clues.signature"), 2);
}

TEST_P(MessagesHttpTest, MarkingReadMovesTheCountAndStaysWithinOneAccount) {
  const int64_t id = assigned();
  act_ok("jijian1", id, {{"action", "start_review"}});
  act_ok("jijian1", id, {{"action", "propose_disposition"}, {"disposition", "close"}, {"opinion", "了结"}});
  json before = summary("jjszr");
  ASSERT_EQ(before["unread"], 1);
  const int64_t mid = messages("jjszr", "clues.signature")[0]["id"].get<int64_t>();
  const std::string path = "/api/v1/messages/" + std::to_string(mid) + "/read";
  // Another account's message answers like an absent one, and stays unread.
  auto other = as("jijian2").post_json(path, json::object());
  ASSERT_EQ(other.status, 404) << other.body;
  EXPECT_EQ(other.json()["error"]["code"], "message.not_found");
  EXPECT_EQ(as("jijian2").post_json("/api/v1/messages/999999/read", json::object()).status, 404);
  EXPECT_EQ(summary("jjszr")["unread"], 1);
  auto read = as("jjszr").post_json(path, json::object());
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_FALSE(read.json()["data"]["read_at"].is_null());
  json after = summary("jjszr");
  EXPECT_EQ(after["unread"], 0);
  EXPECT_EQ(after["todo"], 1);  // read, not done: the signature still waits
  EXPECT_EQ(messages("jjszr", "clues.signature", "unread").size(), 0u);
  EXPECT_EQ(messages("jjszr", "clues.signature", "open").size(), 1u);
  // Read-all counts only the caller's unread ones.
  auto all = as("jjszr").post_json("/api/v1/messages/read-all", json::object());
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json()["data"]["marked"], 0);
  EXPECT_EQ(audit_count("message.read"), 1);
  // Bad parameters name themselves.
  auto bad = as("jjszr").get("/api/v1/messages?status=done");
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "status");
  bad = as("jjszr").get("/api/v1/messages?kind=urgent");
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "kind");
  // Without a session: 401.
  testing::HttpClient anonymous(server_->port());
  EXPECT_EQ(anonymous.get("/api/v1/messages/summary").status, 401);
}

INSTANTIATE_TEST_SUITE_P(Both, MessagesHttpTest, testing::AllDatabases(), testing::DatabaseName);

class MessagesConfigTest : public testing::DatabaseTest {};

TEST_P(MessagesConfigTest, ABadSettingStopsTheServerNamingIt) {
  if (testing::qingfeng_binary().empty()) GTEST_SKIP() << "qingfeng binary not found (set QF_BINARY)";
  const std::string text =
      testing::refused_start_text(url(), "[messages]\nsweep_interval_seconds = -5\n");
  EXPECT_NE(text.find("messages.sweep_interval_seconds"), std::string::npos) << text;
  EXPECT_NE(text.find("qingfeng.toml:2"), std::string::npos) << text;
  const std::string unknown = testing::refused_start_text(url(), "[messages]\nsweep_every = 5\n");
  EXPECT_NE(unknown.find("messages.sweep_every"), std::string::npos) << unknown;
}

INSTANTIATE_TEST_SUITE_P(Both, MessagesConfigTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
