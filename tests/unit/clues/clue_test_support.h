#pragma once
// Shared fixtures of the clue tests: dates, instants in Beijing time, the shipped
// national calendar, actors in each part, and a driver that walks a clue through the
// state machine (failing the test on any refused step).
#include <gtest/gtest.h>

#include <string>

#include "core/calendar.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_state_machine.h"

namespace qf {
inline void PrintTo(const Date& d, std::ostream* os) { *os << d.to_string(); }
}  // namespace qf

namespace qf::clues {
// Enum codes in failure messages.
#define QF_CLUE_PRINT(E) \
  inline void PrintTo(E v, std::ostream* os) { *os << code_of(v); }
QF_CLUE_PRINT(ClueSource)
QF_CLUE_PRINT(DisciplineCategory)
QF_CLUE_PRINT(Disposition)
QF_CLUE_PRINT(ClueState)
QF_CLUE_PRINT(ClueAction)
QF_CLUE_PRINT(ClueActorRole)
QF_CLUE_PRINT(DisciplineForm)
QF_CLUE_PRINT(FormMeasure)
QF_CLUE_PRINT(OutcomeConclusion)
QF_CLUE_PRINT(DeadlineStage)
QF_CLUE_PRINT(DeadlineStatus)
QF_CLUE_PRINT(LinkKind)
#undef QF_CLUE_PRINT
}  // namespace qf::clues

namespace qf::clues::testing {

inline Date D(const char* s) {
  auto r = Date::parse(s);
  EXPECT_TRUE(r.ok()) << s;
  return r.ok() ? *r : Date{};
}

// 10:00 in Beijing on day `s`.
inline int64_t at(const char* s) { return (D(s).days_since_epoch() * 86400 + 2 * 3600) * 1000LL; }

inline const WorkingDayCalendar& national() {
  static const WorkingDayCalendar cal = [] {
    auto r = WorkingDayCalendar::load_file(std::string(QF_SOURCE_DIR) + "/share/calendar/cn-holidays.csv");
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : WorkingDayCalendar{};
  }();
  return cal;
}

inline ClueActor handler() { return {11, "李承办", ClueActorRole::kHandler}; }
inline ClueActor dept_head() { return {12, "王主任", ClueActorRole::kDeptHead}; }
inline ClueActor leader() { return {13, "赵分管", ClueActorRole::kLeaderInCharge}; }
inline ClueActor secretary() { return {14, "张书记", ClueActorRole::kDisciplineSecretary}; }
inline ClueActor actor_for(ClueActorRole r) {
  switch (r) {
    case ClueActorRole::kHandler: return handler();
    case ClueActorRole::kDeptHead: return dept_head();
    case ClueActorRole::kLeaderInCharge: return leader();
    case ClueActorRole::kDisciplineSecretary: return secretary();
  }
  return handler();
}

inline NewClue sample_clue(const char* received = "2025-03-03") {
  NewClue n;
  n.source = ClueSource::kPetition;
  n.category = DisciplineCategory::kIntegrity;
  n.persons = {{101, "陈某", "科长"}};
  n.matter = "反映其收受管理服务对象礼金";
  n.received_on = D(received);
  return n;
}

// Walks a clue step by step; every step must succeed.
class ClueWalk {
 public:
  explicit ClueWalk(ClueConfig cfg = {}) : cfg_(std::move(cfg)) {}

  ClueWalk& register_on(const char* day, const char* received = nullptr) {
    auto r = register_clue(sample_clue(received ? received : day), handler(), at(day), cfg_, numbers_);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().to_string());
    if (r.ok()) clue_ = *r;
    return *this;
  }
  ClueWalk& step(ClueAction a, const ClueActor& who, const char* day, std::string opinion = "同意",
                 std::optional<Disposition> d = std::nullopt, std::optional<ClueOutcome> o = std::nullopt) {
    ClueCommand c;
    c.action = a;
    c.actor = who;
    c.at_ms = at(day);
    c.opinion = std::move(opinion);
    c.disposition = d;
    c.outcome = std::move(o);
    auto r = apply(clue_, c, cfg_);
    EXPECT_TRUE(r.ok()) << code_of(a) << " by " << code_of(who.role) << " in " << code_of(clue_.state) << ": "
                        << (r.ok() ? "" : r.error().to_string());
    if (r.ok()) clue_ = *r;
    return *this;
  }
  // Proposes `d` and has the whole chain approve it on `day`.
  ClueWalk& dispose(Disposition d, const char* day) {
    step(ClueAction::kProposeDisposition, actor_for(cfg_.disposition_approval_chain[0]), day, "拟" + std::string(label_zh(d)), d);
    for (size_t i = 1; i < cfg_.disposition_approval_chain.size(); ++i)
      step(ClueAction::kApprove, actor_for(cfg_.disposition_approval_chain[i]), day);
    return *this;
  }
  ClueWalk& outcome(ClueOutcome o, const char* day) {
    step(ClueAction::kSubmitOutcome, actor_for(cfg_.outcome_approval_chain[0]), day, "拟办结", std::nullopt, o);
    for (size_t i = 1; i < cfg_.outcome_approval_chain.size(); ++i)
      step(ClueAction::kApprove, actor_for(cfg_.outcome_approval_chain[i]), day);
    return *this;
  }

  ProblemClue& clue() { return clue_; }
  ClueConfig& cfg() { return cfg_; }
  InMemoryClueNumberAllocator& numbers() { return numbers_; }

 private:
  ClueConfig cfg_;
  InMemoryClueNumberAllocator numbers_;
  ProblemClue clue_;
};

inline ClueOutcome first_form_outcome(const char* day) {
  ClueOutcome o;
  o.conclusion = OutcomeConclusion::kSubstantiated;
  o.summary = "问题基本属实，情节轻微";
  o.measures = {{101, "陈某", FormMeasure::kReminderTalk, D(day), "纪谈〔2025〕3号"}};
  return o;
}

}  // namespace qf::clues::testing
