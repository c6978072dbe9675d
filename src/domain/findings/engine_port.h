#pragma once
// The cross-check engine as the findings module sees it: one function that runs it on a
// folder of the twelve files (FORMATS.md) and writes findings.jsonl and
// data_quality.csv into another. The qingfeng executable plugs the real engine
// (crosscheck::run_crosscheck, src/cli/findings_engine.cpp) in at start-up, so the
// domain and API layers do not link the engine themselves.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace qf::findings {

struct EngineRequest {
  std::string data_dir;
  std::string out_dir;
  std::string as_of;        // YYYY-MM-DD
  std::string config_path;  // qingfeng.toml with its [crosscheck] table ("" = defaults)
  unsigned threads = 0;
};

struct EngineOutcome {
  std::vector<std::pair<std::string, uint64_t>> rows;  // present file → data rows used
  std::array<uint64_t, 11> per_rule{};                 // index 1..10
  std::vector<std::string> skipped;                    // "R3: reason"
  uint64_t data_quality_rows = 0;
  double seconds = 0;
};

using EngineFn = std::function<Result<EngineOutcome>(const EngineRequest&)>;
void set_engine(EngineFn fn);
// The engine plugged in; empty when none was (a build without the engine).
const EngineFn& engine();

// The twelve input file names of FORMATS.md, in its order.
const std::vector<std::string>& input_files();

}  // namespace qf::findings
