#pragma once
// Civil dates and the working-day calendar (工作日历).
//
// Date: a proleptic-Gregorian calendar day with no time zone, stored as days since
// 1970-01-01 (std::chrono::sys_days). Text form is exactly 'YYYY-MM-DD'. Callers may
// assume every Date value is a valid day; the only ways in are parse(), from_ymd()
// (both refuse invalid days) and arithmetic on an existing Date.
//
// WorkingDayCalendar: which days are working days, as DATA — one entry per day that
// differs from the ordinary Monday–Friday week, in the format of
// share/calendar/cn-holidays.csv (columns date,kind,holiday,source; kind 休 = a day
// off, 班 = a weekend day worked as a make-up day 调休上班). A day is a working day
// when it is 班, or Monday–Friday and not 休. The calendar is imported from CSV,
// edited row by row (upsert/remove) and exported back; nothing is compiled in.
//
// Counting rules (the way Chinese regulations count periods, 《民法典》第二百零一条:
// "开始的当日不计入，自下一日开始计算"):
// - add_working_days(start, n): the day the period of n working days ends — the n-th
//   working day AFTER `start`; `start` itself never counts, whether or not it is a
//   working day. A 函询 sent on Friday 2025-01-24 with 15 working days to reply is due
//   on the 15th working day after it. n = 0 returns `start`; negative n counts back.
// - working_days_between(a, b): the number of working days d with a < d <= b (negative
//   when b < a), so working_days_between(a, add_working_days(a, n)) == n.
// - Date::add_months: the same day-of-month n months later, clamped to the last day of
//   a shorter month (one month after 01-31 is 02-28 or 02-29) — 《民法典》第二百零二条.
// - roll_to_working_day(d): d if it is a working day, else the next working day
//   (《民法典》第二百零三条: a period whose last day is a holiday ends on the day after).
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace qf {

class Date {
 public:
  // 1970-01-01.
  Date() = default;

  // Parses 'YYYY-MM-DD' (exactly that shape, a real day, year 1900–2999). The error is
  // bilingual and names `field` (a form field or "file:line").
  static Result<Date> parse(std::string_view text, std::string_view field = "date");
  // The day, or nullopt when y-m-d is not a real day.
  static std::optional<Date> from_ymd(int year, unsigned month, unsigned day);
  static Date from_days(int64_t days_since_epoch);
  // The bureau's business time zone by default: China Standard Time, UTC+8, no
  // daylight saving.
  static constexpr int kBureauUtcOffsetMinutes = 480;
  // The business time zone of this process, minutes east of UTC: the one setting
  // `org.utc_offset_minutes` (Config::load and Config::set apply it). Every civil day of
  // the product — deadlines, days of receipt, years of reports — is counted in it.
  static int business_utc_offset_minutes();
  static void set_business_utc_offset_minutes(int minutes);
  // The civil day at instant `unix_ms` in a zone `utc_offset_minutes` east of UTC (by
  // default the business time zone).
  static Date from_unix_ms(int64_t unix_ms, int utc_offset_minutes = business_utc_offset_minutes());

  std::string to_string() const;  // 'YYYY-MM-DD'
  int year() const;
  unsigned month() const;
  unsigned day() const;
  // ISO weekday: 1 = Monday … 7 = Sunday.
  unsigned iso_weekday() const;
  bool is_weekend() const { return iso_weekday() >= 6; }
  int64_t days_since_epoch() const { return days_.time_since_epoch().count(); }
  std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{days_}; }

  Date add_days(int64_t n) const { return Date(days_ + std::chrono::days{n}); }
  // Same day-of-month n months later (n may be negative), clamped to the month's end.
  Date add_months(int n) const;
  // b - a in calendar days.
  static int64_t days_between(Date a, Date b) { return b.days_since_epoch() - a.days_since_epoch(); }

  friend auto operator<=>(const Date&, const Date&) = default;
  friend bool operator==(const Date&, const Date&) = default;

 private:
  explicit Date(std::chrono::sys_days d) : days_(d) {}
  std::chrono::sys_days days_{};
};

// The first instant (unix ms) of civil day `d` in the business time zone.
int64_t business_day_start_ms(Date d);
// "YYYY-MM-DDTHH:MM:SS+08:00": instant `unix_ms` in the business time zone, ISO 8601
// with its offset.
std::string business_iso_time(int64_t unix_ms);
// "HH:MM" of instant `unix_ms` in the business time zone.
std::string business_clock_time(int64_t unix_ms);

// 休 (a day off) or 班 (a make-up working day on a weekend).
enum class CalendarDayKind { kRestDay, kWorkDay };
std::string_view calendar_day_kind_code(CalendarDayKind k);  // "休" / "班"

// One row of the calendar: a day that differs from the ordinary week.
struct CalendarEntry {
  Date date;
  CalendarDayKind kind = CalendarDayKind::kRestDay;
  std::string holiday;  // 春节, 国庆节… or a unit's local holiday name; may be empty
  std::string source;   // the notice it comes from (国办发明电〔2024〕12号); may be empty
};

class WorkingDayCalendar {
 public:
  // An empty calendar: Monday–Friday are working days.
  WorkingDayCalendar() = default;

  // Parses CSV text with the header `date,kind[,holiday[,source]]` (extra columns are
  // ignored; a UTF-8 BOM is accepted). Every bad row is refused with a bilingual error
  // whose field is "<source_name>:<line>": unreadable date, kind other than 休/班, the
  // same date twice, 班 on a Monday–Friday (it is already a working day — a typo).
  static Result<WorkingDayCalendar> from_csv(std::string_view text,
                                             std::string_view source_name = "calendar.csv");
  // Reads and parses a file; a missing or unreadable file is a bilingual error naming it.
  static Result<WorkingDayCalendar> load_file(const std::string& path);
  // The calendar back as CSV (header date,kind,holiday,source; rows in date order).
  std::string to_csv() const;

  // Adds or replaces the row for entry.date; refuses 班 on a Monday–Friday.
  Status upsert(CalendarEntry entry);
  // Removes the row for `date`; returns whether there was one.
  bool remove(Date date);
  std::vector<CalendarEntry> entries() const;
  const CalendarEntry* find(Date date) const;
  size_t size() const { return entries_.size(); }

  bool is_working_day(Date d) const;
  // See the counting rules at the top of this file.
  Date add_working_days(Date start, int n) const;
  int64_t working_days_between(Date a, Date b) const;
  Date roll_to_working_day(Date d) const;

 private:
  std::map<Date, CalendarEntry> entries_;
};

}  // namespace qf
