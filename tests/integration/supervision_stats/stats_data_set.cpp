#include "stats_data_set.h"

#include <gtest/gtest.h>

#include "domain/clues/clue_store.h"
#include <sodium.h>

#include "domain/talks/talk_record.h"

namespace qf::statstest {
namespace {

using namespace qf::clues;

Date d(const char* s) { return *Date::parse(s); }

ProblemClue clue(int year, int seq, ClueSource src, DisciplineCategory cat, const char* received,
                 std::optional<int64_t> person, const char* name) {
  ProblemClue c;
  c.number = "〔" + std::to_string(year) + "〕线索第" + std::to_string(seq) + "号";
  c.number_year = year;
  c.number_seq = seq;
  c.source = src;
  c.category = cat;
  c.matter = "测试事项";
  c.received_on = d(received);
  c.disposition_stage_start = c.received_on;
  c.persons.push_back({person, name, ""});
  return c;
}

void close_with(ProblemClue& c, OutcomeConclusion conclusion, const char* closed,
                std::vector<std::pair<FormMeasure, const char*>> measures, std::optional<int64_t> person) {
  c.state = ClueState::kClosed;
  c.closed_on = d(closed);
  ClueOutcome o;
  o.conclusion = conclusion;
  o.summary = "处理结果";
  for (auto& [m, on] : measures) o.measures.push_back({person, c.persons[0].name, m, d(on), "〔2026〕1号"});
  c.outcome = o;
}

void store(store::Connection& conn, const ProblemClue& c) {
  static const ClueConfig rules{};
  static const WorkingDayCalendar week{};
  auto id = insert_clue(conn, c, 1, orgtest::kNow, DueRules{rules, week});
  ASSERT_TRUE(id.ok()) << id.error().to_string();
}

void talk(store::Connection& conn, const char* kind, const char* date, std::vector<int64_t> people, bool archive = false) {
  talks::TalkInput in;
  in.kind = kind;
  in.talk_date = date;
  in.talker_name = "纪委书记";
  for (int64_t p : people) in.participants.push_back({p, ""});
  static const auth::ServerKey key = [] {  // the records' sealing key; these tests read only counts
    auth::ServerKey k;
    randombytes_buf(k.bytes.data(), k.bytes.size());
    return k;
  }();
  auto id = talks::create_talk(conn, key, in, "2026-11-26", std::nullopt, orgtest::kNow);
  ASSERT_TRUE(id.ok()) << id.error().to_string();
  if (archive) {
    ASSERT_TRUE(talks::archive_talk(conn, *id, "登记错误", orgtest::kNow).ok());
  }
}

}  // namespace

DataSet make_data_set(store::Connection& conn) {
  DataSet s;
  s.bureau = orgtest::make_bureau(conn);
  s.zhang = orgtest::add_person(conn, s.bureau, "5001", "张三", s.bureau.office);
  s.li = orgtest::add_person(conn, s.bureau, "5002", "李四", s.bureau.planning1);

  ProblemClue a = clue(2026, 1, ClueSource::kPetition, DisciplineCategory::kIntegrity, "2026-02-10", s.zhang, "张三");
  a.disposition = Disposition::kTalkOrInquiry;
  a.disposition_proposed_on = d("2026-02-15");
  a.disposition_approved_on = d("2026-02-20");
  a.inquiry_sent_on = d("2026-03-02");
  a.inquiry_replied_on = d("2026-03-10");
  a.outcome_submitted_on = d("2026-03-20");
  close_with(a, OutcomeConclusion::kSubstantiated, "2026-03-25", {{FormMeasure::kReminderTalk, "2026-03-20"}}, s.zhang);
  store(conn, a);

  ProblemClue b = clue(2026, 2, ClueSource::kAudit, DisciplineCategory::kWork, "2026-05-06", s.li, "李四");
  b.disposition = Disposition::kPreliminaryVerification;
  b.disposition_proposed_on = d("2026-05-10");
  b.disposition_approved_on = d("2026-05-20");
  b.verification_started_on = d("2026-05-20");
  b.outcome_submitted_on = d("2026-09-01");
  close_with(b, OutcomeConclusion::kSubstantiated, "2026-09-10",
             {{FormMeasure::kPartyWarning, "2026-09-08"}, {FormMeasure::kPostAdjustment, "2026-09-08"}}, s.li);
  store(conn, b);

  ProblemClue c = clue(2026, 3, ClueSource::kPetition, DisciplineCategory::kIntegrity, "2026-08-03", std::nullopt, "王某");
  c.state = ClueState::kHeld;
  c.disposition = Disposition::kHold;
  c.disposition_proposed_on = d("2026-09-15");
  c.disposition_approved_on = d("2026-09-20");
  store(conn, c);

  ProblemClue f = clue(2026, 4, ClueSource::kPetition, DisciplineCategory::kIntegrity, "2026-01-05", s.zhang, "张三");
  f.state = ClueState::kSplit;
  store(conn, f);

  ProblemClue dd = clue(2025, 1, ClueSource::kPetition, DisciplineCategory::kLife, "2025-11-05", s.zhang, "张三");
  dd.disposition = Disposition::kClose;
  dd.disposition_proposed_on = d("2025-11-10");
  dd.disposition_approved_on = d("2025-11-20");
  close_with(dd, OutcomeConclusion::kClarified, "2025-11-20", {}, s.zhang);
  store(conn, dd);

  ProblemClue e = clue(2025, 2, ClueSource::kInspectionTour, DisciplineCategory::kIntegrity, "2025-04-01", s.li, "李四");
  e.disposition = Disposition::kTalkOrInquiry;
  e.disposition_proposed_on = d("2025-04-05");
  e.disposition_approved_on = d("2025-04-15");
  e.inquiry_sent_on = d("2025-04-16");
  e.inquiry_replied_on = d("2025-04-25");
  e.outcome_submitted_on = d("2025-05-08");
  close_with(e, OutcomeConclusion::kSubstantiated, "2025-05-12", {{FormMeasure::kAdmonishment, "2025-05-10"}}, s.li);
  store(conn, e);

  talk(conn, "collective_new_cadre", "2026-03-20", {s.zhang, s.li});
  talk(conn, "reminder", "2026-07-01", {s.li});
  talk(conn, "routine", "2025-06-01", {s.zhang});
  talk(conn, "reminder", "2026-04-01", {s.zhang}, true);
  return s;
}

}  // namespace qf::statstest
