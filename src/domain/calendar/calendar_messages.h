#pragma once
// What the working-day calendar tells through the message centre: the accounts that
// maintain it (calendar.manage) get a to-do for each year the deadlines need and the
// calendar lacks (calendar_config.h missing_years): the current year, and the next
// one from the configured month. Resolves when the year is imported.
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/calendar/calendar_config.h"
#include "domain/messages/inbox.h"
#include "store/database.h"

namespace qf::calendar_store {

inline constexpr const char* kMissingYearFeed = "calendar.missing";

// The reminder's wording (also the dashboard's pending item).
struct MissingYearText {
  std::string zh;
  std::string en;
};
MissingYearText missing_year_text(const MissingYear& y);

Result<std::vector<messages::Reminder>> missing_year_reminders(store::Connection& conn, const CalendarConfig& cfg,
                                                               Date today);

}  // namespace qf::calendar_store
