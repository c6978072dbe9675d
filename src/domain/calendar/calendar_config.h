#pragma once
// CalendarConfig: when the calendar maintainer (the system administrator, who holds
// calendar.manage) is reminded that a year's working-day calendar is missing — the
// `[calendar]` section of qingfeng.toml. The default below IS the documented default:
//
//   [calendar]
//   remind_next_year_from_month = 11   # 1–12; 0 = never remind about next year
//
// Every deadline counted in working days (clues, talks, reports) reads the calendar in
// the database; a year with no row there is counted as plain Monday–Friday, silently
// ignoring the Spring Festival and every make-up working day. The State Council
// publishes the next year's arrangement in the autumn (the 2026 notice on 2025-11-04),
// so from `remind_next_year_from_month` on, a missing next year is a dashboard reminder;
// a missing CURRENT year is always one.
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/result.h"

namespace qf::calendar_store {

struct CalendarConfig {
  int remind_next_year_from_month = 11;

  // Parses the TOML text of the [calendar] section (with or without its header; the
  // whole configuration file is fine); absent keys keep their defaults; unknown keys,
  // wrong types and a range violation are refused with a bilingual message whose field
  // is "<source_name>:<line>".
  static Result<CalendarConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

// A year with no calendar row that the maintainer should import.
struct MissingYear {
  int year = 0;
  bool current = false;  // the year of `today` (deadlines are being counted wrong now)
};

// The years to remind about on `today`, given the years that have at least one row
// (calendar_store::years): the current year when it has none, then the next year when
// it has none and today's month is at or after cfg.remind_next_year_from_month.
std::vector<MissingYear> missing_years(const std::vector<int>& years_with_rows, Date today, const CalendarConfig& cfg);

}  // namespace qf::calendar_store
