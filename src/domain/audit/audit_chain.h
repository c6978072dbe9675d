#pragma once
// Verification of the audit hash chain: walks every entry in sequence order and names
// the first one that was altered (its hash no longer matches its fields), removed (a
// gap in the sequence, or a tail missing against the chain head) or reordered (its
// prev_hash belongs to another entry). Read-only; safe while the server runs.
#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"

namespace qf::store { class Connection; }

namespace qf::audit {

struct ChainVerdict {
  bool ok = true;
  int64_t checked = 0;                  // entries examined
  std::optional<int64_t> first_bad_seq;  // set when !ok
  std::string problem;                  // "altered" | "removed" | "reordered" (when !ok)
  std::string reason_zh;
  std::string reason_en;
};

// Checks the whole chain. Errors only for database failures; a broken chain is a
// verdict with ok = false, not an error.
Result<ChainVerdict> verify_chain(store::Connection& conn);

}  // namespace qf::audit
