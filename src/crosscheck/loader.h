#pragma once
// Loader: reads the input files of one run into columnar Tables. Per file: map it,
// match the header to the contract's English or Chinese column names, cut the body
// into pieces at record boundaries (on a reader thread, overlapping the parsing of
// earlier files), detect its encoding (UTF-8 with/without BOM, else GB18030), and
// parse + normalise the pieces in parallel, each straight into its own
// range of rows of the file's columns (one row set aside per line of the piece),
// interning strings straight into the run's (sharded, thread-safe) StringPool; the
// pieces' rows are then moved together in file order (nothing moves when every line
// was one record). Bad values become
// DataQualityIssues (and blank values); rows with the wrong field count become one
// issue each and are not used.
//
// Errors (returned, the run stops): a required file missing; any present file that
// cannot be read or has no usable header. The message names the file.
#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "core/result.h"
#include "crosscheck/string_pool.h"
#include "crosscheck/table.h"

namespace qf::crosscheck {

// Counters a progress display may read while loading runs.
struct LoadProgress {
  std::array<std::atomic<uint64_t>, kFileCount> rows{};
  std::array<std::atomic<uint64_t>, kFileCount> bytes_total{};
  std::array<std::atomic<uint64_t>, kFileCount> bytes_done{};
};

struct LoadedData {
  std::array<Table, kFileCount> tables;
  StringPool pool;
  std::vector<DataQualityIssue> issues;  // in file order, then line order
  double parse_seconds = 0;              // map + decode + parse + normalise
  double merge_seconds = 0;              // move the pieces' rows together
  double parse_cpu_seconds = 0;          // process CPU time (user + system) of the same
  double merge_cpu_seconds = 0;
  // The load phase's steps (open, parse_early, people, parse_late; then the reader
  // thread's own wall and CPU, and the seconds the workers waited for work): name,
  // wall seconds, CPU seconds — where the load phase leaves a core idle.
  std::vector<std::tuple<std::string, double, double>> load_steps;
  uint64_t bytes = 0;                    // input bytes read

  const Table& t(FileId f) const { return tables[static_cast<size_t>(f)]; }
};

// Loads every file of the contract present in `data_dir`. `threads` >= 1 workers parse;
// one more thread cuts the files into pieces (it mostly waits for reads).
// `piece_bytes` is the target size of one parsing task (0 = 8 MiB); tests use small
// pieces to exercise the parallel split on small files.
Result<LoadedData> load_data(const std::string& data_dir, unsigned threads, LoadProgress* progress,
                             size_t piece_bytes = 0);

}  // namespace qf::crosscheck
