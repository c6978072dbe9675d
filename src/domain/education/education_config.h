#pragma once
// The [education] section of qingfeng.toml (docs/configuration.md).
#include <cstdint>
#include <string_view>

#include "core/result.h"

namespace qf::education {

struct EducationConfig {
  // How many days before each holiday of the working-day calendar (its first day of
  // rest) the integrity reminder (廉洁过节) is sent to everyone. 0 = no reminder.
  int64_t holiday_remind_days_before = 3;
  // Parses the [education] section (whole file or bare section); unknown keys, wrong
  // types and out-of-range values are refused naming "<source>:<line>".
  static Result<EducationConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::education
