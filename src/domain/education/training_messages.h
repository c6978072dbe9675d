#pragma once
// What training tells through the message centre (docs/modules/education.md, "Training"):
//   * feed "education.training_new_staff": assigns the new-staff courses to the people
//     added to the organisation since (assign_new_staff; returns no reminders). It is
//     registered before the next feed, so a new hire's to-do appears in the same sweep;
//   * feed "education.training": a to-do 待完成培训：《course》 for each active account
//     whose person has a course assigned, not passed, with an attempt left; it appears
//     at the assignment (the next sweep) and resolves at the pass (or when every
//     attempt is used).
#include <vector>

#include "core/result.h"
#include "domain/messages/feed.h"

namespace qf::education {

inline constexpr const char* kTrainingFeed = "education.training";
inline constexpr const char* kNewStaffFeed = "education.training_new_staff";

Result<std::vector<messages::Reminder>> training_reminders(store::Connection& conn, const messages::FeedContext& f);
Result<std::vector<messages::Reminder>> new_staff_sweep(store::Connection& conn, const messages::FeedContext& f);

}  // namespace qf::education
