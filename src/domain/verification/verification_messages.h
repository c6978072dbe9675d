#pragma once
// Reminders of the verification module in the message centre (domain/messages/feed.h).
#include <vector>

#include "core/result.h"
#include "domain/messages/inbox.h"
#include "store/database.h"

namespace qf::verification {

inline constexpr const char* kExplainFeed = "verification.explain";

// To each cadre (their accounts with a business role) with an item awaiting their
// explanation: one to-do per item, resolved when explained. Titles carry the year only.
Result<std::vector<messages::Reminder>> explain_reminders(store::Connection& conn);

}  // namespace qf::verification
