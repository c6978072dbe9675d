#pragma once
// Data scope resolution (数据权限): turns an account's role grants into the sets of
// department and branch ids its business queries may reach. Called at every
// authentication (nothing is cached across requests, so changes to grants, the
// department tree or oversight take effect at once in every server process).
//   unit       → unit_wide
//   department → that department and all its sub-departments
//   overseen   → departments the person oversees today (department_oversight) + subs
//   branch     → that branch
//   self       → nothing beyond the person's own records
#include <cstdint>

#include "core/result.h"
#include "domain/auth/principal.h"

namespace qf::store { class Connection; }

namespace qf::auth {

// Fills p.unit_wide, p.department_ids and p.branch_ids from p.grants and p.person_id.
Status resolve_data_scope(store::Connection& conn, Principal& p, int64_t now_ms);

// The Principal of an account (grants, permissions, data scope), without session fields.
Result<Principal> load_principal(store::Connection& conn, int64_t account_id, int64_t now_ms);

// 'YYYY-MM-DD' of an instant in Beijing time (UTC+8), for date-valued columns.
std::string beijing_date(int64_t ms);

}  // namespace qf::auth
