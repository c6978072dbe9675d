// Stage deadlines on the shipped national calendar: the 1-month rule at month ends and
// across holidays, the 15-working-day reply across the Spring Festival and National Day
// with their 班 days, 90 days of verification extendable once, and the overdue /
// due-soon boundaries.
#include "clue_test_support.h"
#include "domain/clues/clue_deadlines.h"

namespace qf::clues {
namespace {

using namespace qf::clues::testing;
using A = ClueAction;

// A clue under 谈话函询 whose letter went out on 2025-09-19 (registered on 09-10).
Result<ProblemClue> inquiry_sent(ClueWalk& w) {
  w.register_on("2025-09-10").step(A::kStartReview, handler(), "2025-09-11")
      .dispose(Disposition::kTalkOrInquiry, "2025-09-15");
  ClueCommand send{A::kSendInquiry, handler(), at("2025-09-22"), ""};
  send.effective_on = D("2025-09-19");
  return apply(w.clue(), send, w.cfg());
}

TEST(DispositionDeadline, OneMonthFromReceiptClampsAtMonthEnds) {
  ClueConfig cfg;
  const auto& cal = national();
  EXPECT_EQ(disposition_due(D("2025-01-31"), cfg, cal), D("2025-02-28"));  // Friday
  EXPECT_EQ(disposition_due(D("2024-01-31"), cfg, cal), D("2024-02-29"));  // leap year, Thursday
  EXPECT_EQ(disposition_due(D("2025-08-31"), cfg, cal), D("2025-09-30"));
  EXPECT_EQ(disposition_due(D("2025-03-31"), cfg, cal), D("2025-04-30"));
  EXPECT_EQ(disposition_due(D("2025-03-15"), cfg, cal), D("2025-04-15"));
}

TEST(DispositionDeadline, ADueDayOffMovesToTheNextWorkingDay) {
  ClueConfig cfg;
  const auto& cal = national();
  EXPECT_EQ(disposition_due(D("2025-09-01"), cfg, cal), D("2025-10-09"));  // 10-01 is National Day
  EXPECT_EQ(disposition_due(D("2026-01-15"), cfg, cal), D("2026-02-24"));  // 02-15 is Spring Festival
  EXPECT_EQ(disposition_due(D("2025-12-31"), cfg, cal), D("2026-02-02"));  // 01-31 is a Saturday
  EXPECT_EQ(disposition_due(D("2025-01-08"), cfg, cal), D("2025-02-08"));  // a 班 Saturday is a working day
  cfg.roll_deadline_to_working_day = false;
  EXPECT_EQ(disposition_due(D("2025-09-01"), cfg, cal), D("2025-10-01"));
  EXPECT_EQ(disposition_due(D("2025-12-31"), cfg, cal), D("2026-01-31"));
}

TEST(InquiryReplyDeadline, FifteenWorkingDaysAcrossSpringFestival2025) {
  ClueConfig cfg;
  EXPECT_EQ(inquiry_reply_due(D("2025-01-24"), cfg, national()), D("2025-02-20"));
  EXPECT_EQ(inquiry_reply_due(D("2025-01-24"), cfg, WorkingDayCalendar{}), D("2025-02-14"));
}

TEST(InquiryReplyDeadline, FifteenWorkingDaysAcrossNationalDay2025) {
  ClueConfig cfg;
  // From Friday 09-19: 09-22..26 (5), 09-28 班 (6), 09-29 09-30 (8), 10-09 10-10 (10),
  // 10-11 班 (11), 10-13..16 (15).
  EXPECT_EQ(inquiry_reply_due(D("2025-09-19"), cfg, national()), D("2025-10-16"));
}

TEST(InquiryReplyDeadline, FifteenWorkingDaysAcrossSpringFestival2026) {
  ClueConfig cfg;
  // From Tuesday 2026-02-10: 02-11 12 13 (3), 02-14 班 (4), 02-24..27 (8), 02-28 班 (9),
  // 03-02..06 (14), 03-09 (15).
  EXPECT_EQ(inquiry_reply_due(D("2026-02-10"), cfg, national()), D("2026-03-09"));
  cfg.inquiry_reply_working_days = 10;
  EXPECT_EQ(inquiry_reply_due(D("2026-02-10"), cfg, national()), D("2026-03-02"));
}

TEST(VerificationDeadline, NinetyDaysExtendableOnce) {
  ClueConfig cfg;
  const auto& cal = national();
  EXPECT_EQ(verification_due(D("2025-07-03"), 0, cfg, cal), D("2025-10-09"));  // 10-01 rolls past the holiday
  EXPECT_EQ(verification_due(D("2025-07-03"), 1, cfg, cal), D("2025-12-30"));
  EXPECT_EQ(verification_due(D("2025-03-05"), 0, cfg, cal), D("2025-06-03"));
  cfg.verification_extension_days = 30;
  EXPECT_EQ(verification_due(D("2025-03-05"), 1, cfg, cal), D("2025-07-03"));
}

TEST(Classification, OverdueAndDueSoonAtTheBoundaries) {
  ClueConfig cfg;  // due soon = at most 3 working days left
  const auto& cal = national();
  Date due = D("2025-02-20");  // Thursday
  EXPECT_EQ(classify_deadline(due, std::nullopt, D("2025-02-14"), cfg, cal), DeadlineStatus::kOpen);     // 4 left
  EXPECT_EQ(classify_deadline(due, std::nullopt, D("2025-02-17"), cfg, cal), DeadlineStatus::kDueSoon);  // 3 left
  EXPECT_EQ(classify_deadline(due, std::nullopt, D("2025-02-20"), cfg, cal), DeadlineStatus::kDueSoon);  // the day itself
  EXPECT_EQ(classify_deadline(due, std::nullopt, D("2025-02-21"), cfg, cal), DeadlineStatus::kOverdue);
  EXPECT_EQ(classify_deadline(due, D("2025-02-20"), D("2025-03-01"), cfg, cal), DeadlineStatus::kMet);
  EXPECT_EQ(classify_deadline(due, D("2025-02-21"), D("2025-03-01"), cfg, cal), DeadlineStatus::kMetLate);
  // The holiday shrinks "3 working days" to more than a week of calendar.
  EXPECT_EQ(classify_deadline(D("2025-02-05"), std::nullopt, D("2025-01-24"), cfg, cal), DeadlineStatus::kDueSoon);
  EXPECT_EQ(classify_deadline(D("2025-02-05"), std::nullopt, D("2025-01-24"), cfg, WorkingDayCalendar{}),
            DeadlineStatus::kOpen);
  cfg.due_soon_working_days = 0;
  EXPECT_EQ(classify_deadline(due, std::nullopt, D("2025-02-19"), cfg, cal), DeadlineStatus::kOpen);
  EXPECT_EQ(classify_deadline(due, std::nullopt, D("2025-02-20"), cfg, cal), DeadlineStatus::kDueSoon);
}

TEST(ClueDeadlines, AClueReceivedBeforeSpringFestivalBecomesOverdueWhenTheClockMoves) {
  ClueWalk w;
  w.register_on("2025-01-06", "2025-01-03").step(A::kStartReview, handler(), "2025-01-07");
  const auto& cal = national();
  // Received 01-03 → due 02-03, a holiday → 02-05.
  auto d = clue_deadlines(w.clue(), w.cfg(), cal, D("2025-01-20"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].stage, DeadlineStage::kDisposition);
  EXPECT_EQ(d[0].due, D("2025-02-05"));
  EXPECT_EQ(d[0].status, DeadlineStatus::kOpen);
  EXPECT_EQ(clue_urgency(w.clue(), w.cfg(), cal, D("2025-01-24")), DeadlineStatus::kDueSoon);
  EXPECT_EQ(clue_urgency(w.clue(), w.cfg(), cal, D("2025-02-05")), DeadlineStatus::kDueSoon);
  EXPECT_EQ(clue_urgency(w.clue(), w.cfg(), cal, D("2025-02-06")), DeadlineStatus::kOverdue);
  EXPECT_EQ(clue_deadlines(w.clue(), w.cfg(), cal, D("2025-02-07"))[0].working_days_left, -2);
  // Proposed late: the stage is met late and the clue is no longer overdue.
  w.step(A::kProposeDisposition, handler(), "2025-02-06", "拟函询", Disposition::kTalkOrInquiry);
  d = clue_deadlines(w.clue(), w.cfg(), cal, D("2025-02-10"));
  EXPECT_EQ(d[0].status, DeadlineStatus::kMetLate);
  EXPECT_EQ(clue_urgency(w.clue(), w.cfg(), cal, D("2025-02-10")), std::nullopt);
}

TEST(ClueDeadlines, InquiryAndVerificationStagesFollowTheClue) {
  ClueWalk w;
  auto sent = inquiry_sent(w);
  ASSERT_TRUE(sent.ok());
  const auto& cal = national();
  auto d = clue_deadlines(*sent, w.cfg(), cal, D("2025-10-13"));
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].status, DeadlineStatus::kMet);
  EXPECT_EQ(d[1].stage, DeadlineStage::kInquiryReply);
  EXPECT_EQ(d[1].due, D("2025-10-16"));
  EXPECT_EQ(d[1].status, DeadlineStatus::kDueSoon);  // 10-14 15 16 left
  EXPECT_EQ(clue_urgency(*sent, w.cfg(), cal, D("2025-10-17")), DeadlineStatus::kOverdue);
  // The person never replies: escalation to 初步核实, approved on 10-20.
  ClueWalk v(w.cfg());
  v.clue() = *sent;
  v.step(A::kEscalate, handler(), "2025-10-17", "逾期未回复").step(A::kApprove, dept_head(), "2025-10-17")
      .step(A::kApprove, secretary(), "2025-10-20");
  d = clue_deadlines(v.clue(), v.cfg(), cal, D("2025-10-21"));
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[1].status, DeadlineStatus::kOverdue);  // the reply is still missing
  EXPECT_EQ(d[2].stage, DeadlineStage::kVerification);
  EXPECT_EQ(d[2].start, D("2025-10-20"));
  EXPECT_EQ(d[2].due, D("2026-01-19"));  // 10-20 + 90 days = 2026-01-18 (Sunday) → Monday
  // Extended once: 90 more days.
  v.step(A::kExtend, secretary(), "2026-01-10", "需调取银行流水");
  d = clue_deadlines(v.clue(), v.cfg(), cal, D("2026-01-20"));
  EXPECT_EQ(d[2].due, D("2026-04-20"));  // 2026-04-18 is a Saturday
  EXPECT_EQ(d[2].status, DeadlineStatus::kOpen);
  v.outcome(first_form_outcome("2026-04-17"), "2026-04-17");
  d = clue_deadlines(v.clue(), v.cfg(), cal, D("2026-05-01"));
  EXPECT_EQ(d[2].status, DeadlineStatus::kMet);
  EXPECT_EQ(v.clue().state, ClueState::kClosed);
}

TEST(ClueDeadlines, AReopenedHeldClueGetsANewMonth) {
  ClueWalk w;
  w.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04").dispose(Disposition::kHold, "2025-03-05");
  const auto& cal = national();
  EXPECT_EQ(clue_urgency(w.clue(), w.cfg(), cal, D("2025-12-01")), std::nullopt);  // held: nothing running
  w.step(A::kReopen, secretary(), "2025-12-01", "有新情况");
  auto d = clue_deadlines(w.clue(), w.cfg(), cal, D("2025-12-02"));
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].start, D("2025-12-01"));
  EXPECT_EQ(d[0].due, D("2026-01-04"));  // 01-01..03 off; 2026-01-04 is a 班 Sunday
}

// The register filters urgency in SQL on the stored next due day: "today <= due <
// due_soon_end(today)" must be exactly classify_deadline's due soon, and the clue's
// urgency exactly the classification of next_due_date, on every day around the
// holidays and for every due-soon setting.
TEST(RegisterReadModel, DueSoonRangeEqualsTheClassificationEveryDay) {
  const auto& cal = national();
  for (int n : {0, 1, 3, 10}) {
    ClueConfig cfg;
    cfg.due_soon_working_days = n;
    for (Date today = D("2025-01-01"); today <= D("2025-03-15"); today = today.add_days(1)) {
      const Date end = due_soon_end(today, cfg, cal);
      for (Date due = today.add_days(-3); due <= today.add_days(40); due = due.add_days(1)) {
        const bool soon = classify_deadline(due, std::nullopt, today, cfg, cal) == DeadlineStatus::kDueSoon;
        EXPECT_EQ(soon, today <= due && due < end) << "n=" << n << " today=" << today.to_string()
                                                   << " due=" << due.to_string();
      }
    }
  }
}

TEST(RegisterReadModel, TheUrgencyIsTheClassificationOfTheNextDueDay) {
  ClueWalk w;
  auto sent = inquiry_sent(w);
  ASSERT_TRUE(sent.ok());
  const auto& cal = national();
  ASSERT_EQ(next_due_date(*sent, w.cfg(), cal), D("2025-10-16"));  // the reply; the disposition is met
  for (Date today = D("2025-09-20"); today <= D("2025-11-01"); today = today.add_days(1)) {
    const auto due = *next_due_date(*sent, w.cfg(), cal);
    std::optional<DeadlineStatus> stored;
    if (today > due) stored = DeadlineStatus::kOverdue;
    else if (due < due_soon_end(today, w.cfg(), cal)) stored = DeadlineStatus::kDueSoon;
    else stored = DeadlineStatus::kOpen;
    EXPECT_EQ(clue_urgency(*sent, w.cfg(), cal, today), stored) << today.to_string();
  }
  // Nothing runs on a held clue.
  ClueWalk h;
  h.register_on("2025-03-03").step(A::kStartReview, handler(), "2025-03-04").dispose(Disposition::kHold, "2025-03-05");
  EXPECT_EQ(next_due_date(h.clue(), h.cfg(), cal), std::nullopt);
}

}  // namespace
}  // namespace qf::clues
