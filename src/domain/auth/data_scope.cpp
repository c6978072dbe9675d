// Resolving grants into department/branch id sets, and loading a Principal.
#include "domain/auth/data_scope.h"

#include "core/calendar.h"
#include "domain/auth/accounts.h"
#include "domain/auth/permissions.h"
#include "store/database.h"

namespace qf::auth {
namespace {

Status add_subtree(store::Connection& conn, int64_t department_id, std::set<int64_t>& out) {
  QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "auth/department_subtree"), {department_id}));
  for (const auto& r : rows) out.insert(r.i64(0));
  return {};
}

}  // namespace

std::string beijing_date(int64_t ms) { return Date::from_unix_ms(ms).to_string(); }

Status resolve_data_scope(store::Connection& conn, Principal& p, int64_t now_ms) {
  p.unit_wide = false;
  p.department_ids.clear();
  p.branch_ids.clear();
  for (const auto& g : p.grants) {
    switch (g.scope) {
      case ScopeKind::kUnit:
        p.unit_wide = true;
        break;
      case ScopeKind::kDepartment:
        if (g.scope_ref) QF_TRY_STATUS(add_subtree(conn, *g.scope_ref, p.department_ids));
        break;
      case ScopeKind::kBranch:
        if (g.scope_ref) p.branch_ids.insert(*g.scope_ref);
        break;
      case ScopeKind::kOverseen: {
        if (!p.person_id) break;
        const std::string today = beijing_date(now_ms);
        QF_TRY(store::ResultSet rows,
               conn.query(store::sql(conn, "auth/overseen_departments"), {*p.person_id, today, today}));
        for (const auto& r : rows) QF_TRY_STATUS(add_subtree(conn, r.i64(0), p.department_ids));
        break;
      }
      case ScopeKind::kSelf:
        break;
    }
  }
  return {};
}

Result<Principal> load_principal(store::Connection& conn, int64_t account_id, int64_t now_ms) {
  QF_TRY(Account a, get_account(conn, account_id));
  Principal p;
  p.account_id = a.id;
  p.person_id = a.person_id;
  p.username = a.username;
  p.display_name = a.display_name;
  p.must_change_password = a.must_change_password;
  QF_TRY(p.grants, grants_of(conn, a.id));
  p.permissions = permissions_of(p.grants);
  QF_TRY_STATUS(resolve_data_scope(conn, p, now_ms));
  return p;
}

}  // namespace qf::auth
