#pragma once
// Reminders of the personal-matters reports for the message centre (domain/messages/feed.h):
//   declarations.due       every leading cadre with an account whose yearly report of the
//                          open year is not submitted: a to-do from 60 days before the due
//                          date, "due soon" in the last 30 days, "overdue" after it;
//   declarations.returned  the owner of a returned report: correct and resubmit.
// Titles carry the year only, never content.
#include <vector>

#include "domain/declarations/declarations_config.h"
#include "domain/messages/feed.h"

namespace qf::declarations {

inline constexpr const char* kDueFeed = "declarations.due";
inline constexpr const char* kReturnedFeed = "declarations.returned";

Result<std::vector<messages::Reminder>> due_reminders(store::Connection& conn, const DeclarationsConfig& cfg,
                                                      const messages::FeedContext& f);
Result<std::vector<messages::Reminder>> returned_reminders(store::Connection& conn);

}  // namespace qf::declarations
