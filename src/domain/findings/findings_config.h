#pragma once
// FindingsConfig: the [findings] section of qingfeng.toml (docs/configuration.md).
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace qf::findings {

struct FindingsConfig {
  // Where uploaded registry files and the engine's outputs of a run are written while
  // the run lasts (run-<id>/in, run-<id>/out); removed when the run ends.
  std::string work_dir = "data/findings";
  // The one server folder registry data may be read from ("" = reading from a server
  // folder is off); a run names a sub-folder of it, never a path outside it.
  std::string import_root;
  // Largest piece of one uploaded file per request, in MiB (the browser sends files in
  // pieces of this size; also bounded by server.max_body_bytes).
  int64_t chunk_mb = 8;
  // Engine threads (0 = one per core).
  int64_t threads = 0;

  static Result<FindingsConfig> from_toml(std::string_view toml_text, std::string_view source_name = "qingfeng.toml");
};

}  // namespace qf::findings
