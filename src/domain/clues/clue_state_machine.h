#pragma once
// The clue state machine (线索处置流程): which action, by which part, moves a clue from
// which state to which — as a TABLE built from the configuration's approval chains —
// and the pure function that applies one action to a clue, appending its
// TransitionRecord (who, part, when, opinion). Anything not in the table is refused
// with a bilingual error naming the current state and the action.
//
//   registered --start_review(handler)--> collective_review
//   collective_review --propose_disposition(chain[0])--> disposition_pending
//   disposition_pending[step i] --approve(chain[i])--> disposition_pending[i+1]
//       … the last approval puts the disposition in force:
//       谈话函询 / 初步核实 → in_handling;  暂存待查 → held;  予以了结 → closed
//   disposition_pending[step i] --return(chain[i])--> collective_review
//       (or back to in_handling when the proposal was an escalation)
//   in_handling --send_inquiry / record_reply(handler)--> in_handling   (谈话函询 only)
//   in_handling --escalate(chain[0])--> disposition_pending (初步核实, approved as above;
//       谈话函询 only)
//   in_handling --extend(extension_approver)--> in_handling  (初步核实 only, at most
//       verification_max_extensions times)
//   in_handling --submit_outcome(outcome chain[0])--> outcome_pending
//   outcome_pending[step i] --approve(outcome chain[i])--> … --> closed
//   outcome_pending[step i] --return(outcome chain[i])--> in_handling
//   held --reopen(handler | discipline_secretary)--> collective_review (a new 1-month
//       disposition stage starts on the reopening day)
//   registered | collective_review --split / merge(handler | discipline_secretary)-->
//       split / merged (clue_links.h)
// A chain of a single role means the proposal takes effect at once.
//
// Opinions (意见) are required for propose_disposition, return, escalate, extend,
// reopen, split and merge; optional otherwise. The API decides which part an account
// plays on a clue (assignment, confidentiality); this file trusts ClueActor::role.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/clues/clue_config.h"
#include "domain/clues/clue_number.h"
#include "domain/clues/problem_clue.h"

namespace qf::clues {

// One row of the table: in state `from` (at approval step `step` of the running chain,
// 0 outside approvals), the part `role` may do `action`, leading to `to`. `to` is empty
// when it depends on the disposition approved or on what a return goes back to.
struct TransitionRule {
  ClueState from;
  int step = 0;
  ClueAction action;
  ClueActorRole role;
  std::optional<ClueState> to;
};

// The full table for this configuration (one row per state × step × action × role).
std::vector<TransitionRule> transition_table(const ClueConfig& cfg);

// One action on a clue.
struct ClueCommand {
  ClueAction action = ClueAction::kStartReview;
  ClueActor actor;
  int64_t at_ms = 0;     // when it is done (from the Clock)
  std::string opinion;   // 意见
  std::optional<Disposition> disposition;  // propose_disposition
  std::optional<ClueOutcome> outcome;      // submit_outcome
  // The day the letter was sent / the reply received (send_inquiry, record_reply),
  // when earlier than the day of at_ms; never later, never before the disposition.
  std::optional<Date> effective_on;
};

// Registers a new clue: validates it (persons named, matter written, received_on not
// after the registration day), allocates its number in the year of the registration
// day, and records the `register` step. Only a handler or the discipline secretary
// registers.
Result<ProblemClue> register_clue(const NewClue& input, const ClueActor& actor, int64_t at_ms,
                                  const ClueConfig& cfg, ClueNumberAllocator& numbers);

// Applies `cmd` to `clue` and returns the clue after it, with one TransitionRecord
// appended. Errors: kConflict "clue.transition.illegal" (action impossible in this
// state, field "action"), kForbidden "clue.transition.role" (not this part's turn,
// field "role"), kConflict "clue.transition.guard" (e.g. a second extension), kInvalid
// for missing opinion / disposition / outcome (field named).
Result<ProblemClue> apply(const ProblemClue& clue, const ClueCommand& cmd, const ClueConfig& cfg);

// The actions `role` may take on `clue` right now (what the UI offers).
std::vector<ClueAction> legal_actions(const ProblemClue& clue, ClueActorRole role, const ClueConfig& cfg);

// The part whose signature the running approval chain waits for; empty when the clue
// is not awaiting approval.
std::optional<ClueActorRole> awaited_signer(const ProblemClue& clue, const ClueConfig& cfg);

// Shared by clue_links: the error for an action that the clue's state does not allow.
Error illegal_transition(ClueState state, ClueAction action);
// Checks that `role` may do `action` in the clue's current state (table lookup only).
Status check_table(const ProblemClue& clue, ClueAction action, ClueActorRole role, const ClueConfig& cfg);

}  // namespace qf::clues
