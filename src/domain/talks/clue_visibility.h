#pragma once
// Whether a reader may see a problem clue's id on a talk record (need-to-know, the rule
// of docs/modules/supervision-api.md): the account holds clue.handle and is the
// discipline secretary, or is assigned to the clue (assignment in force). A clue that
// does not exist is not visible. Reads the clue tables of migration 0006 read-only.
#include <cstdint>

#include "core/result.h"
#include "domain/auth/principal.h"
#include "store/database.h"

namespace qf::talks {

Result<bool> can_see_clue(store::Connection& conn, const auth::Principal& who, int64_t clue_id);

}  // namespace qf::talks
