#pragma once
// The message centre's feed of the rectification ledger ("inspections.rectification"):
//   * an item 整改中 whose deadline is within [inspections] due_soon_days: due_soon,
//     after the deadline: overdue — to the owner department's heads (rectification.report
//     holders whose scope reaches the department) and to the discipline committee
//     (inspection.manage holders whose scope reaches it);
//   * an item 已报送 awaiting verification: todo — to the discipline committee.
// Titles carry the item's number, department and deadline, never the finding's text.
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/inspections/inspections_config.h"
#include "domain/messages/feed.h"

namespace qf::inspections {

inline constexpr const char* kRectificationFeed = "inspections.rectification";

Result<std::vector<messages::Reminder>> rectification_reminders(store::Connection& conn, const InspectionsConfig& cfg,
                                                                const messages::FeedContext& f);

}  // namespace qf::inspections
