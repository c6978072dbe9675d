#pragma once
// Data scope (数据范围) applied to organisation reads: which people and departments a
// principal may see. Unit-wide grants see everything; otherwise a person is visible
// when placed in one of principal.department_ids (already expanded to sub-departments
// and overseen departments at authentication), or in one of principal.branch_ids, or
// when it is the principal's own person record (self scope). A principal without any
// of these sees nobody.
#include <cstdint>
#include <string>

#include "domain/auth/principal.h"
#include "store/database.h"

namespace qf::org {

// A boolean SQL condition over a people row aliased `alias`, with its parameters,
// to be spliced into a query's WHERE clause.
struct ScopeCondition {
  std::string sql;        // e.g. "(p.department_id IN (?,?) OR p.id = ?)"; "1=1" unit-wide; "1=0" nobody
  store::Params params;
};

ScopeCondition people_scope(const auth::Principal& who, const std::string& alias = "p");
// Whether `who` may see a person placed in department/branch with id person_id.
bool can_see_person(const auth::Principal& who, int64_t person_id, std::optional<int64_t> department_id,
                    std::optional<int64_t> branch_id);
bool can_see_department(const auth::Principal& who, int64_t department_id);

// Replaces the first occurrence of `marker` in `sql` with `text` (for /*SCOPE*/ and
// /*ORDER*/ markers in the query files). Aborts if the marker is missing: a bug.
std::string splice(std::string_view sql, std::string_view marker, std::string_view text);

}  // namespace qf::org
