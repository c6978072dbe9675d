#pragma once
// Reads the facts of the supervision statistics (supervision_stats.h) from the store:
// the clue tables of migration 0006 (aggregates only — no clue leaves this module
// except as a count), the talk tables of 0007 and the department names. Deadlines are
// computed by the clue module's pure rules (clue_deadlines.h) on clues loaded through
// its store (clue_store.h), classified on `today` with the stored working-day calendar.
#include "core/calendar.h"
#include "core/result.h"
#include "domain/clues/clue_config.h"
#include "domain/supervision_stats/supervision_stats.h"
#include "store/database.h"

namespace qf::supervision_stats {

Result<StatsFacts> load_stats_facts(store::Connection& conn, const clues::ClueConfig& cfg, Date today);

}  // namespace qf::supervision_stats
