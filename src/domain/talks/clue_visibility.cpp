// Clue visibility for talk records: see clue_visibility.h.
#include "domain/talks/clue_visibility.h"

#include "domain/auth/permissions.h"

namespace qf::talks {

Result<bool> can_see_clue(store::Connection& conn, const auth::Principal& who, int64_t clue_id) {
  if (!who.can(auth::perm::kClueHandle)) return false;
  QF_TRY(store::Row exists, conn.query_one(store::sql(conn, "talks/clue_exists"), {clue_id}));
  if (exists.i64("n") == 0) return false;
  if (who.has_role(auth::Role::kDisciplineSecretary)) return true;
  QF_TRY(store::Row assigned, conn.query_one(store::sql(conn, "talks/clue_assigned"), {clue_id, who.account_id}));
  return assigned.i64("n") > 0;
}

}  // namespace qf::talks
