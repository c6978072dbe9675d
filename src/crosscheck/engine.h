#pragma once
// The data cross-check engine (大数据比对): the one entry point the CLI, the
// benchmark and tests use. run_crosscheck() loads the input files of FORMATS.md from
// options.data_dir, runs the rules R1–R10 whose files are present, and writes
// findings.csv, findings.jsonl and data_quality.csv into options.out_dir.
//
// Phases (timed separately in RunSummary::phases, in this order):
//   load   map, detect encoding, parse and normalise every file (parallel)
//   merge  move the late files' pieces' rows together (the early files' are moved
//          inside load) and collect the data-quality issues
//   index  build the hash indexes of who-is-who and company identity
//   rules  run the rules (parallel across rules), merge to one finding per key
//   write  write the three output files
//
// Machine-readable statistics. With `qingfeng crosscheck --stats` (and whenever
// stderr is a terminal) the command prints, after the run, to stderr, one record
// per line, fields separated by a single TAB:
//   phase      <name>  <seconds>        one per phase above, then "total"
//   rows       <file>  <rows>           data rows used per present file
//   findings   <rule>  <count>          R1..R10 (0 for skipped rules)
//   skipped    <rule>  <reason>         rules whose input files are absent
//   dq         <count>                  data-quality rows
//   bytes      <count>                  input bytes read
//   peak_rows  <count>                  largest table, rows
//   pool_strings  <count>               distinct normalised strings interned (may vary by a
//                                       few hundred between runs with threads: docs/crosscheck.md)
//   peak_rss_mib <MiB>                  peak resident memory of the process
//   threads    <count>
//   cpu        <phase> <seconds>        process CPU time (user + system) during each
//                                       phase; cpu / wall near the thread count means
//                                       every thread was busy
//   load_step  <step> <wall> <cpu>      the load phase's steps: open (map + headers),
//                                       parse_early, people, parse_late (wall, process
//                                       CPU); reader (the reader thread's wall and own
//                                       CPU: it cuts the files while the workers scan
//                                       and parse); idle (seconds the workers waited
//                                       for work, summed over workers; cpu 0)
//   index_task <task> <seconds>         wall time of each index build task on its thread
//                                       (enterprise_persons, enterprise_names,
//                                       enterprise_codes, people, declarations; they
//                                       run in parallel)
//   rule_seconds <rule> <seconds>       wall time of each rule that ran (on its thread)
// e.g. "phase\tload\t0.412". Lines not starting with these words may be added later;
// parsers should ignore them.
//
// Determinism: the outputs are byte-identical for any thread count.
#include <array>
#include <string>
#include <utility>
#include <tuple>
#include <vector>

#include "core/result.h"
#include "crosscheck/config.h"
#include "crosscheck/schema.h"

namespace qf::crosscheck {

struct RunOptions {
  std::string data_dir;
  std::string out_dir;
  std::string as_of;          // YYYY-MM-DD; empty = today (local time)
  std::string config_path;    // TOML with a [crosscheck] table; empty = none
  bool config_required = false;  // false: a missing config file is ignored
  unsigned threads = 0;       // 0 = hardware concurrency
  bool progress = false;      // draw a progress line on stderr while running
  RuleConfig config;          // starting values, overridden by config_path
  size_t piece_bytes = 0;     // parsing task size; 0 = default (8 MiB)
};

struct RunSummary {
  std::vector<std::pair<std::string, double>> phases;  // name, wall seconds
  std::vector<std::pair<std::string, double>> phase_cpu;  // name, process CPU seconds
  std::vector<std::tuple<std::string, double, double>> load_steps;  // see LoadedData
  std::vector<std::pair<std::string, double>> index_tasks;  // name, wall seconds on its thread
  std::array<double, 11> rule_seconds{};               // index 1..10, wall of each rule
  double total_seconds = 0;
  std::array<bool, kFileCount> file_present{};
  std::array<uint64_t, kFileCount> file_rows{};
  std::array<uint64_t, 11> findings_per_rule{};        // index 1..10
  std::vector<std::pair<int, std::string>> skipped;    // rule, Chinese/English reason
  uint64_t data_quality_rows = 0;
  uint64_t input_bytes = 0;
  uint64_t peak_rows = 0;
  uint64_t pool_strings = 0;  // distinct normalised strings interned
  uint64_t peak_rss_mib = 0;
  unsigned threads = 1;
  std::string as_of;  // YYYY-MM-DD actually used
};

Result<RunSummary> run_crosscheck(const RunOptions& options);

// The human summary printed at the end of a run (Chinese with English labels).
std::string format_summary(const RunSummary& summary);
// The machine-readable statistics described above.
std::string format_stats(const RunSummary& summary);

// Parses a strict YYYY-MM-DD into days since 1970.
bool parse_iso_date(const std::string& s, int64_t* days);

}  // namespace qf::crosscheck
