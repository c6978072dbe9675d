// Talk records and the pending-talk rule over the store (both databases): create with
// participants placed as on the talk date, edit, archive (never deleted), filters, and
// the pending list from real position events.
#include <gtest/gtest.h>
#include <sodium.h>

#include "domain/org/people.h"
#include "domain/talks/pending_talks.h"
#include "domain/talks/talk_record.h"
#include "org_test_bureau.h"
#include "support/test_databases.h"

namespace qf {
namespace {

using orgtest::kNow;

class TalksStoreTest : public testing::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL (QF_TEST_PG_URL unset)
    auto lease = db().acquire();
    ASSERT_TRUE(lease.ok());
    store::Connection& c = lease->get();
    b_ = orgtest::make_bureau(c);
    zhang_ = orgtest::add_person(c, b_, "2001", "张三", b_.office, std::nullopt, b_.clerk_pos);
    li_ = orgtest::add_person(c, b_, "2002", "李四", b_.planning1, std::nullopt, b_.section_pos);
    wang_ = orgtest::add_person(c, b_, "2003", "王五", b_.planning, std::nullopt, b_.approval_pos, "section");
  }
  talks::TalkInput input(const std::string& kind, const std::string& date, std::vector<int64_t> people) {
    talks::TalkInput in;
    in.kind = kind;
    in.talk_date = date;
    in.talker_person_id = wang_;
    in.location = "三楼会议室";
    in.summary = "学习廉洁自律准则";
    for (int64_t p : people) in.participants.push_back({p, ""});
    return in;
  }
  orgtest::Bureau b_;
  int64_t zhang_ = 0, li_ = 0, wang_ = 0;
  auth::ServerKey key_ = [] {
    auth::ServerKey k;
    randombytes_buf(k.bytes.data(), k.bytes.size());
    return k;
  }();
};

TEST_P(TalksStoreTest, RecordsATalkWithParticipantsPlacedAsOnTheTalkDate) {
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  // 张三 moves to 规划处 on 2026-03-01; a talk on 02-20 still shows him in 办公室.
  org::PositionEventInput ev{"transfer", b_.planning, b_.approval_pos, "", "2026-03-01", "轮岗"};
  ASSERT_TRUE(org::record_position_event(c, zhang_, ev, std::nullopt, kNow).ok());
  auto in = input("routine", "2026-02-20", {zhang_});
  in.participants.push_back({std::nullopt, "外单位 赵六"});
  auto id = talks::create_talk(c, key_, in, "2026-06-01", 9, kNow);
  ASSERT_TRUE(id.ok()) << id.error().to_string();
  auto t = talks::get_talk(c, key_, *id);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->talker_name, "王五");  // filled from the talker's record
  ASSERT_EQ(t->participants.size(), 2u);
  EXPECT_EQ(t->participants[0].name, "张三");
  EXPECT_EQ(t->participants[0].department_name, "办公室");
  EXPECT_EQ(t->participants[0].position_name, "文秘岗");
  EXPECT_EQ(t->participants[1].name, "外单位 赵六");
  EXPECT_FALSE(t->participants[1].person_id.has_value());
  EXPECT_EQ(t->created_by, 9);

  auto later = talks::create_talk(c, key_, input("routine", "2026-03-02", {zhang_}), "2026-06-01", 9, kNow);
  ASSERT_TRUE(later.ok());
  EXPECT_EQ(talks::get_talk(c, key_, *later)->participants[0].department_name, "规划处");
}

TEST_P(TalksStoreTest, RefusesBadInputNamingTheField) {
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  auto field_of = [&](talks::TalkInput in) {
    auto r = talks::create_talk(c, key_, in, "2026-06-01", std::nullopt, kNow);
    EXPECT_FALSE(r.ok());
    return r.ok() ? std::string() : r.error().field;
  };
  EXPECT_EQ(field_of(input("tea", "2026-05-01", {zhang_})), "kind");
  EXPECT_EQ(field_of(input("routine", "2026-06-02", {zhang_})), "talk_date");  // after today
  EXPECT_EQ(field_of(input("routine", "2026-02-30", {zhang_})), "talk_date");
  EXPECT_EQ(field_of(input("routine", "2026-05-01", {})), "participants");
  EXPECT_EQ(field_of(input("routine", "2026-05-01", {zhang_, li_, zhang_})), "participants[2].person_id");
  EXPECT_EQ(field_of(input("routine", "2026-05-01", {zhang_, 99999})), "participants[1].person_id");
  auto no_talker = input("routine", "2026-05-01", {zhang_});
  no_talker.talker_person_id.reset();
  EXPECT_EQ(field_of(no_talker), "talker_name");
  auto nameless = input("routine", "2026-05-01", {zhang_});
  nameless.participants.push_back({std::nullopt, ""});
  EXPECT_EQ(field_of(nameless), "participants[1].name");
  auto none = talks::list_talks(c, key_, {});
  ASSERT_TRUE(none.ok()) << none.error().to_string();
  EXPECT_EQ(none->second, 0);
}

TEST_P(TalksStoreTest, EditsReplaceParticipantsAndArchivedTalksStayButLeaveLists) {
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  auto id = talks::create_talk(c, key_, input("reminder", "2026-04-01", {zhang_}), "2026-06-01", std::nullopt, kNow);
  ASSERT_TRUE(id.ok());
  auto edit = input("admonishment", "2026-04-02", {li_, zhang_});
  edit.follow_up = "三个月后回访";
  ASSERT_TRUE(talks::update_talk(c, key_, *id, edit, "2026-06-01", kNow + 1000).ok());
  auto t = talks::get_talk(c, key_, *id);
  EXPECT_EQ(t->kind, talks::TalkKind::kAdmonishment);
  ASSERT_EQ(t->participants.size(), 2u);
  EXPECT_EQ(t->participants[0].name, "李四");
  EXPECT_EQ(t->follow_up, "三个月后回访");
  EXPECT_EQ(t->updated_at, kNow + 1000);

  auto no_reason = talks::archive_talk(c, *id, "", kNow);
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "reason");
  ASSERT_TRUE(talks::archive_talk(c, *id, "重复登记", kNow + 2000).ok());
  auto again = talks::archive_talk(c, *id, "再次", kNow);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().kind, ErrorKind::kConflict);
  auto edited = talks::update_talk(c, key_, *id, edit, "2026-06-01", kNow);
  ASSERT_FALSE(edited.ok());
  EXPECT_EQ(edited.error().code, "talk.archived");
  auto kept = talks::get_talk(c, key_, *id);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->archive_reason, "重复登记");
  EXPECT_EQ(talks::list_talks(c, key_, {})->second, 0);
  talks::TalkQuery all;
  all.include_archived = true;
  EXPECT_EQ(talks::list_talks(c, key_, all)->second, 1);
  EXPECT_EQ(talks::get_talk(c, key_, 424242).error().kind, ErrorKind::kNotFound);
}

TEST_P(TalksStoreTest, FiltersByKindDatesPersonDepartmentAndText) {
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  ASSERT_TRUE(talks::create_talk(c, key_, input("routine", "2026-01-10", {zhang_}), "2026-06-01", std::nullopt, kNow).ok());
  ASSERT_TRUE(talks::create_talk(c, key_, input("reminder", "2026-02-10", {li_}), "2026-06-01", std::nullopt, kNow).ok());
  auto third = input("collective_new_cadre", "2026-03-10", {zhang_, li_});
  third.summary = "新任职干部集体谈话";
  third.location = "五楼会议室";
  ASSERT_TRUE(talks::create_talk(c, key_, third, "2026-06-01", std::nullopt, kNow).ok());
  auto total = [&](talks::TalkQuery q) { return talks::list_talks(c, key_, q)->second; };
  talks::TalkQuery q;
  EXPECT_EQ(total(q), 3);
  auto page = talks::list_talks(c, key_, q);
  EXPECT_EQ(page->first.front().talk_date, "2026-03-10");  // newest first
  q.kind = talks::TalkKind::kReminder;
  EXPECT_EQ(total(q), 1);
  q = {};
  q.from = "2026-02-01";
  q.to = "2026-02-28";
  EXPECT_EQ(total(q), 1);
  q = {};
  q.person_id = zhang_;
  EXPECT_EQ(total(q), 2);
  q = {};
  q.department_id = b_.planning;  // includes 规划一科
  EXPECT_EQ(total(q), 2);
  q = {};
  q.q = "五楼";
  EXPECT_EQ(total(q), 1);
  q.q = "集体";  // only in the summary, which is sealed and not searched
  EXPECT_EQ(total(q), 0);
  q = {};
  q.q = "李";
  EXPECT_EQ(total(q), 2);
  q = {};
  q.limit = 2;
  q.offset = 2;
  auto last = talks::list_talks(c, key_, q);
  EXPECT_EQ(last->first.size(), 1u);
  EXPECT_EQ(last->second, 3);
}

TEST_P(TalksStoreTest, PendingListComesFromPositionEventsAndTalksOfTheRequiredKinds) {
  auto lease = db().acquire();
  store::Connection& c = lease->get();
  // 张三 promoted 03-01, 李四 transferred 03-01, 王五 promoted 03-01.
  ASSERT_TRUE(org::record_position_event(c, zhang_, {"promote", std::nullopt, std::nullopt, "deputy_section", "2026-03-01", ""},
                                         std::nullopt, kNow).ok());
  ASSERT_TRUE(org::record_position_event(c, li_, {"transfer", b_.office, b_.clerk_pos, "", "2026-03-01", ""},
                                         std::nullopt, kNow).ok());
  ASSERT_TRUE(org::record_position_event(c, wang_, {"promote", std::nullopt, std::nullopt, "deputy_division", "2026-03-01", ""},
                                         std::nullopt, kNow).ok());
  // 张三: collective talk on day 30 (counts). 李四: reminder talk (wrong kind). 王五:
  // collective talk on day 31 (too late); a participant named 王五 but not linked.
  ASSERT_TRUE(talks::create_talk(c, key_, input("collective_new_cadre", "2026-03-31", {zhang_}), "2026-06-01", std::nullopt, kNow).ok());
  ASSERT_TRUE(talks::create_talk(c, key_, input("reminder", "2026-03-05", {li_}), "2026-06-01", std::nullopt, kNow).ok());
  ASSERT_TRUE(talks::create_talk(c, key_, input("collective_new_cadre", "2026-04-01", {wang_}), "2026-06-01", std::nullopt, kNow).ok());
  auto unlinked = input("pre_appointment", "2026-03-10", {});
  unlinked.participants.push_back({std::nullopt, "王五"});
  ASSERT_TRUE(talks::create_talk(c, key_, unlinked, "2026-06-01", std::nullopt, kNow).ok());

  talks::TalkConfig cfg;
  cfg.pending_since = "2026-01-01";  // the appointments of 2020 are out of scope
  auto pending = talks::load_pending_talks(c, cfg, "2026-06-01");
  ASSERT_TRUE(pending.ok()) << pending.error().to_string();
  ASSERT_EQ(pending->size(), 2u);
  std::set<std::string> names{(*pending)[0].name, (*pending)[1].name};
  EXPECT_EQ(names, (std::set<std::string>{"李四", "王五"}));
  for (const auto& p : *pending) {
    EXPECT_EQ(p.due_on, "2026-03-31");
    EXPECT_TRUE(p.overdue);
    if (p.name == "李四") {
      EXPECT_EQ(p.event_kind, "transfer");
      EXPECT_EQ(p.department_name, "办公室");
    }
  }
  // Archiving 张三's talk makes him pending again. With pending_since empty every event
  // counts — but not the appointments of 2020 that entered the three into the records.
  auto list = talks::list_talks(c, key_, {});
  for (const auto& t : list->first) {
    if (t.talk_date == "2026-03-31") ASSERT_TRUE(talks::archive_talk(c, t.id, "日期有误", kNow).ok());
  }
  EXPECT_EQ(talks::load_pending_talks(c, cfg, "2026-06-01")->size(), 3u);
  EXPECT_EQ(talks::load_pending_talks(c, talks::TalkConfig{}, "2026-06-01")->size(), 3u);
  // A re-appointment after leaving is a change of post again.
  ASSERT_TRUE(org::record_position_event(c, li_, {"leave", std::nullopt, std::nullopt, "", "2026-07-01", ""},
                                         std::nullopt, kNow).ok());
  ASSERT_TRUE(org::record_position_event(c, li_, {"appoint", b_.office, b_.clerk_pos, "officer", "2026-08-01", ""},
                                         std::nullopt, kNow).ok());
  auto again = talks::load_pending_talks(c, talks::TalkConfig{}, "2026-08-05");
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->size(), 4u);
  EXPECT_EQ(again->back().event_kind, "appoint");
  EXPECT_FALSE(again->back().overdue);
}

INSTANTIATE_TEST_SUITE_P(Both, TalksStoreTest, testing::AllDatabases(), testing::DatabaseName);

}  // namespace
}  // namespace qf
