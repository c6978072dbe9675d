#pragma once
// ProblemClue (问题线索): one clue as a value — what was reported, about whom, where
// it stands in its handling, and the full record of every step taken on it. Values
// only: the state machine (clue_state_machine.h) produces new values from old ones,
// split/merge (clue_links.h) produce new clues; the store persists them. Nothing here
// checks who may SEE a clue (confidentiality is the API's job, per clue assignment).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "domain/clues/clue_enums.h"

namespace qf::clues {

// 被反映人 — a person the clue is about; person_id links to the organisation's staff
// when the person is one of them.
struct ReportedPerson {
  std::optional<int64_t> person_id;
  std::string name;
  std::string position;  // 职务, as reported
};

// Who acts on a clue, and in which part (the API decides the part from the account's
// assignment to the clue).
struct ClueActor {
  int64_t account_id = 0;
  std::string name;
  ClueActorRole role = ClueActorRole::kHandler;
};

// 处理措施 — one measure of the four forms applied to one person.
struct AppliedMeasure {
  std::optional<int64_t> person_id;
  std::string person_name;
  FormMeasure measure = FormMeasure::kReminderTalk;
  Date decided_on;
  std::string decision_document;  // 决定文书 reference (文号 or attachment id)
};

// 处理结果
struct ClueOutcome {
  OutcomeConclusion conclusion = OutcomeConclusion::kClarified;
  std::string summary;
  std::vector<AppliedMeasure> measures;
};

// One step taken on a clue: who (and in which part), when, what they wrote.
struct TransitionRecord {
  ClueAction action = ClueAction::kRegister;
  ClueState from = ClueState::kRegistered;
  ClueState to = ClueState::kRegistered;
  int64_t actor_id = 0;
  std::string actor_name;
  ClueActorRole role = ClueActorRole::kHandler;
  int64_t at_ms = 0;  // instant of the action (Unix ms, UTC)
  Date on;            // the civil day the action took effect (may be back-dated for
                      // send_inquiry / record_reply: the day the letter went or came)
  std::string opinion;                     // 意见, as written
  std::optional<Disposition> disposition;  // proposed or approved disposition, when relevant
  int approval_step = 0;  // position in the approval chain (1 = proposer), 0 when not a signature
};

struct ProblemClue {
  int64_t id = 0;      // assigned by the store; 0 until stored
  std::string number;  // 线索编号, e.g. 〔2026〕线索第12号 — permanent, never reused
  int number_year = 0;
  int64_t number_seq = 0;

  ClueSource source = ClueSource::kPetition;
  DisciplineCategory category = DisciplineCategory::kIntegrity;
  std::vector<ReportedPerson> persons;
  std::string matter;  // 反映的主要问题
  Date received_on;    // 收到日期

  ClueState state = ClueState::kRegistered;

  // Disposition in force (approved); empty before the first approval.
  std::optional<Disposition> disposition;
  // While a disposition (or escalation) awaits approval: what was proposed.
  std::optional<Disposition> proposed_disposition;
  bool proposal_is_escalation = false;
  // Signatures collected in the running approval chain (the proposal is the first).
  int approvals_done = 0;

  // Deadline bookkeeping (clue_deadlines.h).
  Date disposition_stage_start;                 // received_on, or the day a held clue was reopened
  std::optional<Date> disposition_proposed_on;  // the proposal in the current stage, if any
  std::optional<Date> disposition_approved_on;  // the day the disposition in force was approved
  std::optional<Date> inquiry_sent_on;
  std::optional<Date> inquiry_replied_on;
  std::optional<Date> verification_started_on;  // approval day of 初步核实
  int verification_extensions = 0;
  std::optional<Date> outcome_submitted_on;
  std::optional<Date> closed_on;

  // The outcome proposed (outcome_pending) or approved (closed).
  std::optional<ClueOutcome> outcome;

  // Every step, oldest first.
  std::vector<TransitionRecord> history;
};

// What registering a clue needs.
struct NewClue {
  ClueSource source = ClueSource::kPetition;
  DisciplineCategory category = DisciplineCategory::kIntegrity;
  std::vector<ReportedPerson> persons;
  std::string matter;
  Date received_on;
};

}  // namespace qf::clues
