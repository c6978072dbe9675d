#pragma once
// The [inspections] section of qingfeng.toml (docs/configuration.md).
#include <cstdint>
#include <string_view>

#include "core/result.h"

namespace qf::inspections {

struct InspectionsConfig {
  // How many calendar days before an item's deadline (整改时限) its owner department
  // and the discipline committee are told it is due soon; after the deadline they are
  // told it is overdue. 0 = no due-soon reminder.
  int64_t due_soon_days = 7;
  // Parses the [inspections] section (whole file or bare section); unknown keys, wrong
  // types and out-of-range values are refused naming "<source>:<line>".
  static Result<InspectionsConfig> from_toml(std::string_view toml_text,
                                             std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::inspections
