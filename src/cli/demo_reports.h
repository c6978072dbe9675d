#pragma once
// Demo data of petitions and reports (信访举报) for `qingfeng demo`: sets up the report
// keys for the demo discipline secretary (prints the demo recovery code), enrols the
// demo discipline member, and files a handful of reports through the real intake
// (online anonymous and real-name, a letter, a phone call) — one assigned with a
// question to the reporter, one triaged into a problem clue, one out of scope.
// Prints one query code and password so the public page can be tried. Skips itself
// (saying so) when the keys are already set up, so `demo --force` stays safe.
#include <string>

#include "core/config.h"
#include "store/database.h"

namespace qf::cli {

void demo_reports(store::Database& db, const Config& config, const std::string& password);

}  // namespace qf::cli
