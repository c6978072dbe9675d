// Education's reminders: see education_messages.h.
#include "domain/education/education_messages.h"

#include <fmt/format.h>

#include "domain/calendar/calendar_store.h"
#include "domain/education/education.h"
#include "domain/messages/inbox.h"
#include "domain/org/structure.h"

namespace qf::education {
namespace {

constexpr const char* kHolidayTextKey = "holiday_text";

std::string kind_zh(const std::string& kind) {
  if (kind == "notice") return "警示教育通报";
  if (kind == "case") return "典型案例";
  if (kind == "model") return "先进典型";
  if (kind == "article") return "警示教育文章";
  if (kind == "interpretation") return "制度解读";
  return "学习内容";
}


}  // namespace

Result<std::vector<messages::Reminder>> pending_reminders(store::Connection& conn, const messages::FeedContext&) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/pending_reminders")));
  std::vector<messages::Reminder> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    const std::string number = r.text("number");
    const std::string what = number.empty() ? kind_zh(r.text("kind")) : kind_zh(r.text("kind")) + " " + number;
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = messages::MessageKind::kTodo;
    m.event_key = fmt::format("{}:{}", kPendingFeed, id);
    m.title_zh = fmt::format("待学习：{}《{}》，学习后请确认", what, r.text("title"));
    m.title_en = fmt::format("To study: {} \"{}\" — confirm when done", number.empty() ? r.text("kind") : number,
                             r.text("title"));
    m.link = fmt::format("/education/items/{}", id);
    m.object_type = "education_item";
    m.object_id = std::to_string(id);
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<Holiday> holidays_starting(const WorkingDayCalendar& cal, Date from, Date to) {
  std::vector<Holiday> out;
  for (const CalendarEntry& e : cal.entries()) {
    if (e.kind != CalendarDayKind::kRestDay || e.holiday.empty()) continue;
    if (e.date < from || to < e.date) continue;
    const CalendarEntry* prev = cal.find(e.date.add_days(-1));
    if (prev && prev->kind == CalendarDayKind::kRestDay && prev->holiday == e.holiday) continue;
    out.push_back({e.holiday, e.date});
  }
  return out;
}

Result<HolidayText> holiday_text(store::Connection& conn) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/setting_get"), {std::string(kHolidayTextKey)}));
  if (rows.empty()) return HolidayText{kDefaultHolidayText, std::nullopt};
  return HolidayText{rows.front().text("value"), rows.front().i64("updated_at")};
}

Status set_holiday_text(store::Connection& conn, const std::string& text, int64_t account_id, int64_t now_ms) {
  if (text.empty())
    return Error::invalid("education.invalid", "提醒内容不能为空", "text is required", "text");
  if (org::text_length(text) > 500)
    return Error::invalid("education.invalid", "提醒内容不能超过 500 字", "text must not exceed 500 characters", "text");
  QF_TRY_STATUS(conn.execute(store::sql(conn, "education/setting_put"),
                             {std::string(kHolidayTextKey), text,
                              account_id ? store::Value{account_id} : store::Value{nullptr}, now_ms}));
  return {};
}

std::string holiday_message(const std::string& text, const Holiday& h) {
  std::string out = text;
  const std::string marker = "{holiday}";
  for (size_t pos = out.find(marker); pos != std::string::npos; pos = out.find(marker, pos + h.name.size()))
    out.replace(pos, marker.size(), h.name);
  return out;
}

Result<std::optional<HolidaySend>> send_holiday(store::Connection& conn, const Holiday& h, int64_t now_ms) {
  QF_TRY(HolidayText t, holiday_text(conn));
  const std::string text = holiday_message(t.text, h);
  const std::string start = h.start.to_string();
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/holiday_send_insert"),
                               {h.name, start, text, int64_t{0}, now_ms}));
  if (rows.empty()) return std::optional<HolidaySend>{};  // already sent
  const int64_t id = rows.front().i64(0);
  QF_TRY(std::vector<int64_t> accounts, messages::accounts_with_permission(conn, kEducationStudy));
  for (int64_t account : accounts) {
    messages::Reminder m;
    m.account_id = account;
    m.kind = messages::MessageKind::kNotice;
    m.event_key = fmt::format("{}:{}:{}", kHolidayNotice, start, h.name);
    m.title_zh = fmt::format("【廉洁过节提醒】{}", text);
    m.title_en = fmt::format("Integrity reminder before {} ({}): observe the eight-point rules over the holiday",
                             h.name, start);
    m.link = "/education/my";
    m.object_type = "education_holiday";
    m.object_id = std::to_string(id);
    m.due_date = start;
    QF_TRY_STATUS(messages::notify(conn, kHolidayNotice, m, now_ms));
  }
  QF_TRY_STATUS(conn.execute(store::sql(conn, "education/holiday_send_set_recipients"),
                             {static_cast<int64_t>(accounts.size()), id}));
  return std::optional<HolidaySend>{HolidaySend{id, h.name, start, text, static_cast<int64_t>(accounts.size()), now_ms}};
}

Result<std::vector<HolidaySend>> holiday_sweep(store::Connection& conn, const EducationConfig& cfg, Date today,
                                               int64_t now_ms) {
  std::vector<HolidaySend> out;
  if (cfg.holiday_remind_days_before <= 0) return out;
  QF_TRY(WorkingDayCalendar cal, calendar_store::load(conn));
  for (const Holiday& h : holidays_starting(cal, today.add_days(1), today.add_days(cfg.holiday_remind_days_before))) {
    QF_TRY(auto sent, send_holiday(conn, h, now_ms));
    if (sent) out.push_back(*sent);
  }
  return out;
}

Result<std::vector<HolidaySend>> holiday_sends(store::Connection& conn, int year) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "education/holiday_sends"),
                               {fmt::format("{}-01-01", year), fmt::format("{}-12-31", year)}));
  std::vector<HolidaySend> out;
  for (const auto& r : rows)
    out.push_back({r.i64("id"), r.text("holiday"), r.text("start_date"), r.text("text"), r.i64("recipients"),
                   r.i64("sent_at")});
  return out;
}

}  // namespace qf::education
