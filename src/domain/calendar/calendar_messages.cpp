#include "domain/calendar/calendar_messages.h"

#include <fmt/format.h>

#include "domain/auth/permissions.h"
#include "domain/calendar/calendar_store.h"

namespace qf::calendar_store {

MissingYearText missing_year_text(const MissingYear& y) {
  if (y.current)
    return {fmt::format("{} 年工作日历尚未导入，期限暂按周一至周五计算", y.year),
            fmt::format("The {} working-day calendar is missing: deadlines count Monday–Friday only", y.year)};
  return {fmt::format("{} 年工作日历尚未导入（国务院办公厅放假安排发布后导入）", y.year),
          fmt::format("The {} working-day calendar is not imported yet (import the State Council's holiday notice)",
                      y.year)};
}

Result<std::vector<messages::Reminder>> missing_year_reminders(store::Connection& conn, const CalendarConfig& cfg,
                                                               Date today) {
  std::vector<messages::Reminder> out;
  QF_TRY(std::vector<int> have, years(conn));
  const auto missing = missing_years(have, today, cfg);
  if (missing.empty()) return out;
  QF_TRY(std::vector<int64_t> maintainers, messages::accounts_with_permission(conn, auth::perm::kCalendarManage));
  for (const MissingYear& y : missing) {
    for (int64_t account : maintainers) {
      messages::Reminder m;
      m.account_id = account;
      m.kind = messages::MessageKind::kTodo;
      m.event_key = fmt::format("{}:{}", kMissingYearFeed, y.year);
      MissingYearText text = missing_year_text(y);
      m.title_zh = std::move(text.zh);
      m.title_en = std::move(text.en);
      m.link = fmt::format("/system/calendar?year={}", y.year);
      m.object_type = "calendar";
      m.object_id = std::to_string(y.year);
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace qf::calendar_store
