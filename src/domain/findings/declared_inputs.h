#pragma once
// The declaration side of a cross-check run from the system's own records (issue 16: "the
// cadres, relatives, declared businesses, properties, trips and side-job approvals come
// from the database's own records, not from files typed twice").
//
// Writes, into a run's private work folder, the five declaration-side files of
// ../shared/crosscheck/FORMATS.md:
//   relatives.csv, declared_businesses.csv, declared_properties.csv — from each leading
//     cadre's latest submitted or accepted personal-matters report (declarations module);
//   declared_trips.csv — the private trips of every submitted/accepted report of the cadre
//     and the approved trip applications (approvals module; the actual dates once recorded);
//   side_job_approvals.csv — the approved side-job applications (approval date = the day
//     of the last approval, business time zone).
// The approved relatives'-business registrations are added to declared_businesses.csv.
// The sealed contents are opened here, in memory, with the modules' own keys; nothing in
// clear is written to the database. Each file is created with mode 0600 (the caller's
// work folder is 0700 and deleted after the run). The field mapping and the gaps of the
// form are in docs/modules/findings.md.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "store/database.h"

namespace qf::findings {

// The five file names, in FORMATS.md's order.
const std::vector<std::string>& declared_input_files();

struct DeclaredInputs {
  std::map<std::string, int64_t> rows;  // file → data rows written
  int64_t reports = 0;                  // cadres whose latest report was used
  int64_t approvals = 0;                // approved applications used
};

// Writes the five files into `dir` (replacing any there). A sealed value that does not
// open is kUnavailable (the run fails, naming no content).
Result<DeclaredInputs> write_declared_inputs(store::Connection& conn, const SecurityConfig& sec,
                                             const std::string& dir);

// Creates (or truncates) `path` with mode 0600 and writes `text`.
Status write_private_file(const std::string& path, const std::string& text);

}  // namespace qf::findings
