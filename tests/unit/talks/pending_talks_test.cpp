// The pending-talk rule (应谈未谈) at its boundaries.
#include <gtest/gtest.h>

#include "domain/talks/pending_talks.h"

namespace qf::talks {
namespace {

PositionChange change(int64_t event, int64_t person, const std::string& kind, const std::string& date) {
  PositionChange c;
  c.event_id = event;
  c.person_id = person;
  c.name = "人员" + std::to_string(person);
  c.event_kind = kind;
  c.effective_date = date;
  return c;
}

TalkConfig config() {
  TalkConfig c;
  c.required_within_days = 30;
  return c;
}

TEST(PendingTalks, ATalkOnDayNSettlesTheEventOneOnDayNPlusOneDoesNot) {
  // Promoted 2026-03-01: due 2026-03-31.
  auto on_n = pending_talks({change(1, 7, "promote", "2026-03-01")},
                            {{7, TalkKind::kCollectiveNewCadre, "2026-03-31"}}, config(), "2026-05-01");
  EXPECT_TRUE(on_n.empty());
  auto after_n = pending_talks({change(1, 7, "promote", "2026-03-01")},
                               {{7, TalkKind::kCollectiveNewCadre, "2026-04-01"}}, config(), "2026-05-01");
  ASSERT_EQ(after_n.size(), 1u);
  EXPECT_EQ(after_n[0].due_on, "2026-03-31");
  EXPECT_TRUE(after_n[0].overdue);
  // A talk on the event day itself counts; one the day before does not.
  EXPECT_TRUE(pending_talks({change(1, 7, "transfer", "2026-03-01")}, {{7, TalkKind::kPreAppointment, "2026-03-01"}},
                            config(), "2026-05-01")
                  .empty());
  EXPECT_EQ(pending_talks({change(1, 7, "transfer", "2026-03-01")}, {{7, TalkKind::kPreAppointment, "2026-02-28"}},
                          config(), "2026-05-01")
                .size(),
            1u);
}

TEST(PendingTalks, OnlyRequiredKindsCountAndOnlyForTheSamePerson) {
  auto other_kind = pending_talks({change(1, 7, "promote", "2026-03-01")}, {{7, TalkKind::kReminder, "2026-03-05"}},
                                  config(), "2026-03-10");
  ASSERT_EQ(other_kind.size(), 1u);
  EXPECT_FALSE(other_kind[0].overdue);  // still within the 30 days
  auto other_person = pending_talks({change(1, 7, "promote", "2026-03-01")},
                                    {{8, TalkKind::kCollectiveNewCadre, "2026-03-05"}}, config(), "2026-03-10");
  ASSERT_EQ(other_person.size(), 1u);
  EXPECT_EQ(other_person[0].person_id, 7);
  // Configured otherwise, a routine talk is enough.
  TalkConfig routine = config();
  routine.required_kinds = {TalkKind::kRoutine};
  EXPECT_TRUE(pending_talks({change(1, 7, "promote", "2026-03-01")}, {{7, TalkKind::kRoutine, "2026-03-05"}}, routine,
                            "2026-03-10")
                  .empty());
}

TEST(PendingTalks, OverdueOnlyAfterTheDueDay) {
  auto on_due = pending_talks({change(1, 7, "promote", "2026-03-01")}, {}, config(), "2026-03-31");
  ASSERT_EQ(on_due.size(), 1u);
  EXPECT_FALSE(on_due[0].overdue);
  auto day_after = pending_talks({change(1, 7, "promote", "2026-03-01")}, {}, config(), "2026-04-01");
  EXPECT_TRUE(day_after[0].overdue);
}

TEST(PendingTalks, EventKindsAndPendingSinceFilterEventsAndEachEventNeedsItsOwnTalk) {
  TalkConfig cfg = config();
  cfg.event_kinds = {"promote"};
  cfg.pending_since = "2026-02-01";
  std::vector<PositionChange> changes{change(1, 7, "promote", "2026-01-31"), change(2, 7, "transfer", "2026-03-01"),
                                      change(3, 8, "promote", "2026-02-01"), change(4, 8, "leave", "2026-06-01"),
                                      change(5, 9, "promote", "2026-03-01"), change(6, 9, "promote", "2026-09-01")};
  // Person 9 talked after the first promotion only.
  auto out = pending_talks(changes, {{9, TalkKind::kCollectiveNewCadre, "2026-03-10"}}, cfg, "2026-10-02");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].event_id, 3);  // most urgent first
  EXPECT_EQ(out[0].due_on, "2026-03-03");
  EXPECT_EQ(out[1].event_id, 6);
  EXPECT_TRUE(out[1].overdue);
}

TEST(PendingTalks, APersonsFirstEventIsEntryIntoTheRecordsNotAChangeOfPost) {
  PositionChange hired = change(1, 7, "appoint", "2026-03-01");
  hired.first_in_history = true;
  PositionChange reappointed = change(2, 8, "appoint", "2026-03-01");
  auto out = pending_talks({hired, reappointed}, {}, config(), "2026-05-01");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].person_id, 8);
}

}  // namespace
}  // namespace qf::talks
