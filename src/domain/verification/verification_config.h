#pragma once
// The [verification] section of qingfeng.toml (docs/configuration.md): how large the
// yearly random sample of leading cadres is (核查抽查比例).
#include <cstdint>
#include <string_view>

#include "core/result.h"

namespace qf::verification {

struct VerificationConfig {
  // Percentage of the active leading cadres drawn each year (default 10; 1–100). The
  // sample has ceil(N × percent / 100) cadres, at least one when N > 0.
  int64_t sample_percent = 10;

  // Parses the [verification] section (whole file or bare section); unknown keys, wrong
  // types and bad values are refused naming "<source>:<line>".
  static Result<VerificationConfig> from_toml(std::string_view toml_text,
                                              std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::verification
