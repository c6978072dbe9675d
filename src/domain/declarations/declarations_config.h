#pragma once
// The [declarations] section of qingfeng.toml (docs/configuration.md): when the yearly
// personal-matters report (领导干部个人有关事项报告) is due and how long a cadre has to
// report a change.
#include <string_view>

#include "core/calendar.h"
#include "core/result.h"

namespace qf::declarations {

struct DeclarationsConfig {
  // The yearly report of year Y is due on this month and day of year Y+1 (default
  // 31 January: "annual_due = \"01-31\"").
  unsigned annual_due_month = 1;
  unsigned annual_due_day = 31;
  // A change report is due within this many days of the change (default 30).
  int64_t change_within_days = 30;

  // The due date of the yearly report of `year`.
  Date annual_due_date(int year) const;
  // The year whose yearly report is open on `today`: last year's until its due date has
  // passed, then this year's.
  int current_report_year(Date today) const;

  // Parses the [declarations] section (whole file or bare section); unknown keys, wrong
  // types and bad values are refused naming "<source>:<line>".
  static Result<DeclarationsConfig> from_toml(std::string_view toml_text,
                                              std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::declarations
