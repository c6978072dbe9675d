#pragma once
// What the problem-clue module tells people through the message centre
// (domain/messages/): reminders computed from the clues still being worked on.
//
//   clues.deadline   to each HANDLER assigned to the clue: every running stage deadline
//                    that is due soon or overdue (clue_deadlines.h), one message per
//                    stage, due day and status — a deadline moved by an extension, or
//                    a stage passing from due soon to overdue, is a new message; the
//                    message resolves when the stage is met.
//   clues.signature  to whoever must sign next (awaited_signer): the accounts assigned
//                    in that part, or every discipline secretary for the secretary's
//                    step; resolves when signed or returned.
// Nobody else is told: need-to-know is the assignment, as for reading the clue.
// Titles name the clue by its number and the stage, never the matter or the persons.
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/clues/clue_config.h"
#include "domain/messages/inbox.h"
#include "store/database.h"

namespace qf::clues {

inline constexpr const char* kDeadlineFeed = "clues.deadline";
inline constexpr const char* kSignatureFeed = "clues.signature";

Result<std::vector<messages::Reminder>> deadline_reminders(store::Connection& conn, const ClueConfig& cfg,
                                                           const WorkingDayCalendar& cal, Date today);
Result<std::vector<messages::Reminder>> signature_reminders(store::Connection& conn, const ClueConfig& cfg);

}  // namespace qf::clues
