#include "core/calendar.h"

#include <atomic>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/csv_reader.h"

namespace qf {

namespace ch = std::chrono;

namespace {

bool parse_digits(std::string_view s, int* out) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return !s.empty();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Error row_error(std::string_view field, const std::string& zh, const std::string& en) {
  return Error::invalid("calendar.row", std::string(field) + "：" + zh,
                        std::string(field) + ": " + en, std::string(field));
}

Status check_entry(const CalendarEntry& e, std::string_view field) {
  if (e.kind == CalendarDayKind::kWorkDay && !e.date.is_weekend()) {
    return row_error(field,
                     e.date.to_string() + " 是周一至周五，本来就是工作日，不能标记为“班”（调休上班只用于周末）",
                     e.date.to_string() + " is a Monday–Friday, already a working day; "
                         "kind 班 (make-up working day) is only for weekend days");
  }
  return {};
}

}  // namespace

// ---- Date ----------------------------------------------------------------

Result<Date> Date::parse(std::string_view text, std::string_view field) {
  auto bad = [&] {
    return Error::invalid("date.invalid",
                          "日期“" + std::string(text) + "”无效，应为 YYYY-MM-DD 格式的真实日期",
                          "Date \"" + std::string(text) + "\" is invalid; expected a real day as YYYY-MM-DD",
                          std::string(field));
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  int y = 0, m = 0, d = 0;
  if (!parse_digits(text.substr(0, 4), &y) || !parse_digits(text.substr(5, 2), &m) ||
      !parse_digits(text.substr(8, 2), &d))
    return bad();
  if (y < 1900 || y > 2999) return bad();
  auto date = from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (!date) return bad();
  return *date;
}

std::optional<Date> Date::from_ymd(int y, unsigned m, unsigned d) {
  ch::year_month_day ymd{ch::year{y}, ch::month{m}, ch::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return Date(ch::sys_days{ymd});
}

Date Date::from_days(int64_t n) { return Date(ch::sys_days{ch::days{n}}); }

namespace {
std::atomic<int> g_business_utc_offset_minutes{Date::kBureauUtcOffsetMinutes};
}  // namespace

int Date::business_utc_offset_minutes() { return g_business_utc_offset_minutes.load(std::memory_order_relaxed); }
void Date::set_business_utc_offset_minutes(int minutes) {
  g_business_utc_offset_minutes.store(minutes, std::memory_order_relaxed);
}

int64_t business_day_start_ms(Date d) {
  return d.days_since_epoch() * 86'400'000 - int64_t{Date::business_utc_offset_minutes()} * 60'000;
}

namespace {
// Seconds since the civil day's midnight of `unix_ms` in the business time zone.
int64_t business_second_of_day(int64_t unix_ms) {
  const int64_t local_s = unix_ms / 1000 + int64_t{Date::business_utc_offset_minutes()} * 60;
  return ((local_s % 86400) + 86400) % 86400;
}
}  // namespace

std::string business_iso_time(int64_t unix_ms) {
  const int64_t s = business_second_of_day(unix_ms);
  const int off = Date::business_utc_offset_minutes();
  const int a = off < 0 ? -off : off;
  char buf[40];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d%c%02d:%02d", static_cast<int>(s / 3600),
                static_cast<int>(s / 60 % 60), static_cast<int>(s % 60), off < 0 ? '-' : '+', a / 60, a % 60);
  return Date::from_unix_ms(unix_ms).to_string() + buf;
}

std::string business_clock_time(int64_t unix_ms) {
  const int64_t s = business_second_of_day(unix_ms);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60));
  return buf;
}

Date Date::from_unix_ms(int64_t unix_ms, int utc_offset_minutes) {
  int64_t local_ms = unix_ms + int64_t{utc_offset_minutes} * 60'000;
  auto tp = ch::sys_time<ch::milliseconds>{ch::milliseconds{local_ms}};
  return Date(ch::floor<ch::days>(tp));
}

std::string Date::to_string() const {
  auto v = ymd();
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(v.year()),
                static_cast<unsigned>(v.month()), static_cast<unsigned>(v.day()));
  return buf;
}

int Date::year() const { return static_cast<int>(ymd().year()); }
unsigned Date::month() const { return static_cast<unsigned>(ymd().month()); }
unsigned Date::day() const { return static_cast<unsigned>(ymd().day()); }
unsigned Date::iso_weekday() const { return ch::weekday{days_}.iso_encoding(); }

Date Date::add_months(int n) const {
  auto v = ymd();
  ch::year_month ym = ch::year_month{v.year(), v.month()} + ch::months{n};
  auto last = ch::year_month_day_last{ym.year(), ch::month_day_last{ym.month()}}.day();
  auto d = v.day() > last ? last : v.day();
  return Date(ch::sys_days{ch::year_month_day{ym.year(), ym.month(), d}});
}

// ---- WorkingDayCalendar --------------------------------------------------------

std::string_view calendar_day_kind_code(CalendarDayKind k) {
  return k == CalendarDayKind::kWorkDay ? "班" : "休";
}

Result<WorkingDayCalendar> WorkingDayCalendar::from_csv(std::string_view text,
                                                        std::string_view source_name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  csv::CsvReader reader(text);
  csv::Record rec;
  const std::string file(source_name);
  if (!reader.next(&rec)) {
    return Error::invalid("calendar.empty", file + ":1：日历文件“" + file + "”为空，缺少表头 date,kind,holiday,source",
                          file + ":1: calendar file \"" + file + "\" is empty; the header date,kind,holiday,source is missing",
                          file + ":1");
  }
  if (rec.fields.size() < 2 || trim(rec.fields[0]) != "date" || trim(rec.fields[1]) != "kind") {
    std::string field = file + ":" + std::to_string(rec.line);
    return Error::invalid("calendar.header", field + "：表头应为 date,kind,holiday,source",
                          field + ": the header must be date,kind,holiday,source", field);
  }
  WorkingDayCalendar cal;
  while (reader.next(&rec)) {
    std::string field = file + ":" + std::to_string(rec.line);
    if (rec.unterminated)
      return row_error(field, "引号未闭合", "a quoted field is not closed");
    if (rec.fields.size() < 2)
      return row_error(field, "缺少“kind”列（应为 休 或 班）", "the column kind (休 or 班) is missing");
    std::string_view date_text = trim(rec.fields[0]);
    auto date = Date::parse(date_text, field);
    if (!date.ok())
      return row_error(field, "日期“" + std::string(date_text) + "”无效，应为 YYYY-MM-DD",
                       "date \"" + std::string(date_text) + "\" is invalid; expected YYYY-MM-DD");
    std::string_view kind_text = trim(rec.fields[1]);
    CalendarEntry e;
    e.date = *date;
    if (kind_text == "休") {
      e.kind = CalendarDayKind::kRestDay;
    } else if (kind_text == "班") {
      e.kind = CalendarDayKind::kWorkDay;
    } else {
      return row_error(field, "类型“" + std::string(kind_text) + "”无效，应为“休”（放假）或“班”（调休上班）",
                       "kind \"" + std::string(kind_text) + "\" is invalid; expected 休 (day off) or 班 (make-up working day)");
    }
    if (rec.fields.size() > 2) e.holiday = std::string(trim(rec.fields[2]));
    if (rec.fields.size() > 3) e.source = std::string(trim(rec.fields[3]));
    if (cal.entries_.count(e.date))
      return row_error(field, "日期 " + e.date.to_string() + " 重复出现", "date " + e.date.to_string() + " appears twice");
    QF_TRY_STATUS(check_entry(e, field));
    cal.entries_.emplace(e.date, std::move(e));
  }
  return cal;
}

Result<WorkingDayCalendar> WorkingDayCalendar::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error::make(ErrorKind::kUnavailable, "calendar.file", "无法读取工作日历文件“" + path + "”",
                       "Cannot read the working-day calendar file \"" + path + "\"", path);
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  return from_csv(text, path);
}

std::string WorkingDayCalendar::to_csv() const {
  std::string out = "date,kind,holiday,source\n";
  for (const auto& [d, e] : entries_) {
    out += d.to_string();
    out += ',';
    out += calendar_day_kind_code(e.kind);
    out += ',';
    csv::append_field(&out, e.holiday);
    out += ',';
    csv::append_field(&out, e.source);
    out += '\n';
  }
  return out;
}

Status WorkingDayCalendar::upsert(CalendarEntry entry) {
  QF_TRY_STATUS(check_entry(entry, "date"));
  Date d = entry.date;
  entries_[d] = std::move(entry);
  return {};
}

bool WorkingDayCalendar::remove(Date date) { return entries_.erase(date) > 0; }

std::vector<CalendarEntry> WorkingDayCalendar::entries() const {
  std::vector<CalendarEntry> out;
  out.reserve(entries_.size());
  for (const auto& [d, e] : entries_) out.push_back(e);
  return out;
}

const CalendarEntry* WorkingDayCalendar::find(Date date) const {
  auto it = entries_.find(date);
  return it == entries_.end() ? nullptr : &it->second;
}

bool WorkingDayCalendar::is_working_day(Date d) const {
  if (const CalendarEntry* e = find(d)) return e->kind == CalendarDayKind::kWorkDay;
  return !d.is_weekend();
}

Date WorkingDayCalendar::add_working_days(Date start, int n) const {
  Date d = start;
  int step = n >= 0 ? 1 : -1;
  for (int left = n >= 0 ? n : -n; left > 0;) {
    d = d.add_days(step);
    if (is_working_day(d)) --left;
  }
  return d;
}

int64_t WorkingDayCalendar::working_days_between(Date a, Date b) const {
  if (b < a) return -working_days_between(b, a);
  // Whole weeks hold five ordinary working days; only the remainder is walked, then
  // the calendar's exceptions inside (a, b] correct the count.
  int64_t span = Date::days_between(a, b);
  int64_t count = (span / 7) * 5;
  for (Date d = a.add_days((span / 7) * 7 + 1); d <= b; d = d.add_days(1))
    if (!d.is_weekend()) ++count;
  for (auto it = entries_.upper_bound(a); it != entries_.end() && it->first <= b; ++it) {
    bool ordinary = !it->first.is_weekend();
    bool working = it->second.kind == CalendarDayKind::kWorkDay;
    if (ordinary && !working) --count;
    if (!ordinary && working) ++count;
  }
  return count;
}

Date WorkingDayCalendar::roll_to_working_day(Date d) const {
  while (!is_working_day(d)) d = d.add_days(1);
  return d;
}

}  // namespace qf
