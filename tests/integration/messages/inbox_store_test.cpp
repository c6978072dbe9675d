// The inbox over the store (both databases): a feed's reminders become messages once
// per (account, event), however often the feed runs; a reminder the feed no longer
// returns is resolved (kept in the history, out of the counts); an event that returns
// is opened again, unread; lists, counts and marking read stay within one account.
#include <gtest/gtest.h>

#include "domain/messages/inbox.h"
#include "support/served_test.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using messages::MessageKind;
using messages::Reminder;

class InboxStoreTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    a_ = testing::add_test_account(lease->get(), "member_a", {{auth::Role::kDisciplineMember, auth::ScopeKind::kUnit, {}}});
    b_ = testing::add_test_account(lease->get(), "secretary_b", {{auth::Role::kDisciplineSecretary, auth::ScopeKind::kUnit, {}}});
  }
  static Reminder reminder(int64_t account, const std::string& key, MessageKind kind = MessageKind::kOverdue) {
    Reminder r;
    r.account_id = account;
    r.kind = kind;
    r.event_key = key;
    r.title_zh = "线索 " + key + " 已逾期";
    r.title_en = "Clue " + key + " overdue";
    r.link = "/supervision/clues/1";
    r.object_type = "clue";
    r.object_id = "1";
    r.due_date = "2026-05-06";
    return r;
  }
  messages::SyncTally sync(const std::string& source, const std::vector<Reminder>& rs, int64_t now) {
    auto t = db().transaction(
        [&](store::Connection& c) { return messages::sync_feed(c, source, rs, now); });
    EXPECT_TRUE(t.ok()) << t.error().to_string();
    return t.ok() ? *t : messages::SyncTally{};
  }
  messages::Summary summary(int64_t account) {
    auto lease = db().acquire();
    auto s = messages::summary(lease->get(), account);
    EXPECT_TRUE(s.ok()) << s.error().to_string();
    return s.ok() ? *s : messages::Summary{};
  }
  std::vector<messages::Message> list(int64_t account, messages::StatusFilter status) {
    auto lease = db().acquire();
    messages::ListQuery q;
    q.status = status;
    q.limit = 100;
    auto r = messages::list_messages(lease->get(), account, q);
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? r->first : std::vector<messages::Message>{};
  }
  int64_t a_ = 0, b_ = 0;
};

TEST_P(InboxStoreTest, OneMessagePerAccountAndEventHoweverOftenTheFeedRuns) {
  const std::vector<Reminder> now{reminder(a_, "x:1"), reminder(a_, "x:1"), reminder(b_, "x:1", MessageKind::kTodo)};
  auto first = sync("x", now, 1000);
  EXPECT_EQ(first.created, 2);
  auto again = sync("x", now, 2000);
  EXPECT_EQ(again.created, 0);
  EXPECT_EQ(again.resolved, 0);
  auto lease = db().acquire();
  auto n = lease->get().query_one("SELECT COUNT(*) AS n FROM inbox_messages");
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->i64("n"), 2);
  EXPECT_EQ(summary(a_).overdue, 1);
  EXPECT_EQ(summary(a_).todo, 0);
  EXPECT_EQ(summary(b_).todo, 1);
  EXPECT_EQ(summary(b_).overdue, 0);
  auto mine = list(a_, messages::StatusFilter::kOpen);
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0].source, "x");
  EXPECT_EQ(mine[0].due_date, "2026-05-06");
  EXPECT_EQ(mine[0].created_at, 1000);
}

TEST_P(InboxStoreTest, GoneRemindersResolveAndReturningOnesReopenUnread) {
  sync("x", {reminder(a_, "x:1"), reminder(a_, "x:2")}, 1000);
  sync("y", {reminder(a_, "y:1")}, 1000);
  // x:2 is no longer due; the other feed's message is not touched.
  auto t = sync("x", {reminder(a_, "x:1")}, 2000);
  EXPECT_EQ(t.resolved, 1);
  EXPECT_EQ(summary(a_).open, 2);
  auto all = list(a_, messages::StatusFilter::kAll);
  ASSERT_EQ(all.size(), 3u);
  int resolved = 0;
  for (const auto& m : all)
    if (m.resolved_at) {
      ++resolved;
      EXPECT_EQ(m.event_key, "x:2");
      EXPECT_EQ(*m.resolved_at, 2000);
    }
  EXPECT_EQ(resolved, 1);
  // Read it, then the event applies again: open and unread, dated anew.
  {
    auto lease = db().acquire();
    for (const auto& m : all) ASSERT_TRUE(messages::mark_read(lease->get(), a_, m.id, 2500).ok());
  }
  EXPECT_EQ(summary(a_).unread, 0);
  t = sync("x", {reminder(a_, "x:1"), reminder(a_, "x:2")}, 3000);
  EXPECT_EQ(t.reopened, 1);
  EXPECT_EQ(t.created, 0);
  EXPECT_EQ(summary(a_).open, 3);
  EXPECT_EQ(summary(a_).unread, 1);
  auto unread = list(a_, messages::StatusFilter::kUnread);
  ASSERT_EQ(unread.size(), 1u);
  EXPECT_EQ(unread[0].event_key, "x:2");
  EXPECT_EQ(unread[0].created_at, 3000);
}

TEST_P(InboxStoreTest, MarkingReadStaysWithinOneAccount) {
  sync("x", {reminder(a_, "x:1"), reminder(a_, "x:2"), reminder(b_, "x:1")}, 1000);
  auto theirs = list(b_, messages::StatusFilter::kOpen);
  ASSERT_EQ(theirs.size(), 1u);
  auto lease = db().acquire();
  auto refused = messages::mark_read(lease->get(), a_, theirs[0].id, 2000);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, "message.not_found");
  EXPECT_EQ(summary(b_).unread, 1);
  auto n = messages::mark_all_read(lease->get(), a_, 2000);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 2);
  EXPECT_EQ(summary(a_).unread, 0);
  EXPECT_EQ(summary(a_).open, 2);  // read is not done: the tasks still wait
  EXPECT_EQ(summary(b_).unread, 1);
  // Filters: kind, unread; paging with the total of the filter.
  messages::ListQuery q;
  q.kind = MessageKind::kTodo;
  auto none = messages::list_messages(lease->get(), a_, q);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->second, 0);
  q = {};
  q.limit = 1;
  auto page = messages::list_messages(lease->get(), a_, q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->first.size(), 1u);
  EXPECT_EQ(page->second, 2);
}

TEST_P(InboxStoreTest, RoleRecipientsAreActiveHoldersOnly) {
  auto lease = db().acquire();
  auto secretaries = messages::accounts_with_roles(lease->get(), {"discipline_secretary"});
  ASSERT_TRUE(secretaries.ok());
  EXPECT_EQ(*secretaries, std::vector<int64_t>{b_});
  auto recorders = messages::accounts_with_permission(lease->get(), "talk.manage");
  ASSERT_TRUE(recorders.ok());
  EXPECT_EQ(*recorders, (std::vector<int64_t>{a_, b_}));
  ASSERT_TRUE(lease->get().execute("UPDATE accounts SET status = 'disabled' WHERE id = ?", {a_}).ok());
  recorders = messages::accounts_with_permission(lease->get(), "talk.manage");
  ASSERT_TRUE(recorders.ok());
  EXPECT_EQ(*recorders, std::vector<int64_t>{b_});
}

INSTANTIATE_TEST_SUITE_P(Both, InboxStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
