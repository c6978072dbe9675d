#pragma once
// The [duty] section of qingfeng.toml (docs/configuration.md).
#include <string_view>
#include <vector>

#include "core/result.h"

namespace qf::duty {

struct DutyConfig {
  // Days before a task's deadline at which its owner and department head are told it
  // is due soon (each a separate reminder; the smallest one reached replaces the
  // larger). Overdue tasks are always reminded.
  std::vector<int> remind_days_before{30, 7, 1};

  // Parses [duty]; unknown keys, wrong types and out-of-range values are refused
  // naming "<source>:<line>".
  static Result<DutyConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::duty
