// Clue visibility for talk records: see clue_visibility.h. The rule is the clue
// module's own (clue_store.h), so talks never disagree with the clue register.
#include "domain/talks/clue_visibility.h"

#include "domain/clues/clue_store.h"

namespace qf::talks {

Result<bool> can_see_clue(store::Connection& conn, const auth::Principal& who, int64_t clue_id) {
  return clues::can_see_clue(conn, who, clue_id);
}

}  // namespace qf::talks
