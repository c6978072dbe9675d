#pragma once
// What the petitions-and-reports module tells people through the message centre:
//   reports.triage    every report received and not yet assigned, to each discipline
//                     secretary (who sees every report and assigns them); resolves
//                     when the report is assigned or triaged.
//   reports.assigned  a report under review, to each handler assigned to it; resolves
//                     when it is triaged (made a clue, out of scope) or closed, or the
//                     assignment ends.
// Titles carry the register number only: never the matter, nor anything of the
// reporter.
#include <vector>

#include "core/result.h"
#include "domain/messages/inbox.h"
#include "store/database.h"

namespace qf::reports {

inline constexpr const char* kTriageFeed = "reports.triage";
inline constexpr const char* kAssignedFeed = "reports.assigned";

Result<std::vector<messages::Reminder>> triage_reminders(store::Connection& conn);
Result<std::vector<messages::Reminder>> assignment_reminders(store::Connection& conn);

}  // namespace qf::reports
