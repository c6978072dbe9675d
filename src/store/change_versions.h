#pragma once
// Change versions (migration 0010): a number per topic that every write to the topic's
// tables moves, by trigger, in the writer's own transaction. A process that keeps a
// result computed from those tables (e.g. a serialised page) stores it with the version
// read BEFORE computing it, and reuses it only while a fresh read of the version gives
// the same number — correct across processes sharing the database, because the bump
// commits or rolls back together with the write. Versions never repeat (see the
// migration), so a restored backup cannot revive a stale result.
//
// Topics and the tables they cover:
//   "org"    people, departments, branches, positions
//   "clues"  clues, clue_persons, clue_assignments, clue_outcome_measures, calendar_days,
//            accounts' display_name and status (migration 0013: what the register shows)
#include <string_view>

#include "core/result.h"
#include "store/database.h"

namespace qf::store {

inline constexpr std::string_view kOrgTopic = "org";
inline constexpr std::string_view kCluesTopic = "clues";

// The current version of `topic`; kNotFound "db.change_version" for an unknown topic.
Result<int64_t> change_version(Connection& conn, std::string_view topic);

}  // namespace qf::store
