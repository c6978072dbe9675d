#pragma once
// The [messages] section of qingfeng.toml (docs/configuration.md).
#include <string_view>

#include "core/result.h"

namespace qf::messages {

struct MessagesConfig {
  // How old (in seconds of the server clock) the feeds' last run may be before a
  // request for messages runs them again. A change made through this server process
  // (a clue signed, a talk recorded) makes them run again at the next request anyway;
  // this bounds how late a reminder appears that only time or another process caused
  // (a deadline passing at midnight). 0 = run on every request.
  int64_t sweep_interval_seconds = 60;

  // Parses the [messages] section (whole file or bare section); unknown keys, wrong
  // types and out-of-range values are refused naming "<source>:<line>".
  static Result<MessagesConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::messages
