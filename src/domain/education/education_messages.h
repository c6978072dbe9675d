#pragma once
// What education tells through the message centre:
//   * feed "education.pending": a to-do for each active account whose person has an
//     assigned item not yet confirmed (title: the item's number or kind and title —
//     published study material); resolves when confirmed;
//   * the holiday integrity reminder (廉洁过节): from the working-day calendar, each
//     holiday (its first day of rest, named in the calendar) whose start is within
//     [education] holiday_remind_days_before days gets one reminder, recorded once in
//     education_holiday_sends and sent as a notice (messages::notify, source
//     "education.holiday") to every active account holding education.study, with the
//     text the discipline committee edits. A second sweep sends nothing more.
#include <optional>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"
#include "domain/education/education_config.h"
#include "domain/messages/feed.h"

namespace qf::education {

inline constexpr const char* kPendingFeed = "education.pending";
inline constexpr const char* kHolidayFeed = "education.holiday_sweep";  // returns no reminders: sends notices
inline constexpr const char* kHolidayNotice = "education.holiday";

Result<std::vector<messages::Reminder>> pending_reminders(store::Connection& conn, const messages::FeedContext& f);

// A holiday of the calendar: its name and first day of rest.
struct Holiday {
  std::string name;
  Date start;
};
// The holidays whose first day of rest lies in [from, to], in date order: a day of rest
// (休) named in the calendar whose previous day is not a day of rest of the same name.
std::vector<Holiday> holidays_starting(const WorkingDayCalendar& cal, Date from, Date to);

// The reminder's text as the committee last saved it (or the default), with {holiday}
// where the holiday's name goes.
inline constexpr const char* kDefaultHolidayText =
    "{holiday}将至，请全体党员干部严格遵守中央八项规定及其实施细则精神，严禁公款吃喝、公款旅游、"
    "违规收送礼品礼金和消费卡、违规操办婚丧喜庆事宜，严禁酒驾醉驾，做到廉洁过节、文明过节。";
struct HolidayText {
  std::string text;
  std::optional<int64_t> updated_at;
};
Result<HolidayText> holiday_text(store::Connection& conn);
// Saves the text (field "text": required, ≤ 500 characters).
Status set_holiday_text(store::Connection& conn, const std::string& text, int64_t account_id, int64_t now_ms);
// The text for one holiday.
std::string holiday_message(const std::string& text, const Holiday& h);

struct HolidaySend {
  int64_t id = 0;
  std::string holiday, start_date, text;
  int64_t recipients = 0;
  int64_t sent_at = 0;
};
// Sends the reminder of `h` unless it was sent: returns the record, or nothing when
// already recorded.
Result<std::optional<HolidaySend>> send_holiday(store::Connection& conn, const Holiday& h, int64_t now_ms);
// The sweep: sends every holiday due within the configured days of `today`.
Result<std::vector<HolidaySend>> holiday_sweep(store::Connection& conn, const EducationConfig& cfg, Date today,
                                               int64_t now_ms);
Result<std::vector<HolidaySend>> holiday_sends(store::Connection& conn, int year);

}  // namespace qf::education
