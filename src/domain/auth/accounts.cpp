// Accounts: creation, passwords with history, role grants under 三员分立, lock state.
#include "domain/auth/accounts.h"

#include <sodium.h>

#include "domain/auth/account_approvals.h"
#include "domain/auth/account_row.h"
#include "domain/auth/passwords.h"
#include "store/database.h"
#include "store/like.h"

namespace qf::auth {
namespace {

constexpr int64_t kForever = int64_t{1} << 62;  // administrative lock: until unlocked

Status check_username(const std::string& u) {
  auto bad = [] {
    return Error::invalid("account.username", "用户名须为 3–32 位小写字母、数字或 _ . -，且以字母开头",
                          "Username must be 3–32 characters of a-z, 0-9, _ . - starting with a letter",
                          "username");
  };
  if (u.size() < 3 || u.size() > 32) return bad();
  if (!(u[0] >= 'a' && u[0] <= 'z')) return bad();
  for (char c : u)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) return bad();
  return {};
}

Status check_display_name(const std::string& d) {
  if (d.empty() || d.size() > 200)
    return Error::invalid("account.display_name", "请填写姓名（不超过 200 字节）",
                          "Display name is required (at most 200 bytes)", "display_name");
  return {};
}

Status check_grants(const std::vector<RoleGrant>& grants) {
  int admin = 0, business = 0;
  for (size_t i = 0; i < grants.size(); ++i) {
    const auto& g = grants[i];
    (is_admin_role(g.role) ? admin : business)++;
    const std::string field = "grants[" + std::to_string(i) + "].scope_ref";
    if ((g.scope == ScopeKind::kDepartment || g.scope == ScopeKind::kBranch) && !g.scope_ref)
      return Error::invalid("role.scope_ref", "部门或支部范围须指定具体部门或支部",
                            "A department or branch scope needs the department or branch id", field);
    if (is_admin_role(g.role) && g.scope != ScopeKind::kUnit)
      return Error::invalid("role.admin_scope", "管理员角色的范围只能是全单位",
                            "Administrator roles are granted for the whole unit only",
                            "grants[" + std::to_string(i) + "].scope");
  }
  if (admin > 1 || (admin == 1 && business > 0))
    return Error::invalid("role.admin_exclusive",
                          "三员分立：一个账号只能担任一个管理员角色，且不能同时担任业务角色",
                          "Separation of duties: an account holds at most one administrator role and no "
                          "business role besides it",
                          "grants");
  return {};
}

}  // namespace

Result<int64_t> create_account(store::Connection& conn, const SecurityConfig& sec, const NewAccount& a,
                               int64_t now_ms) {
  QF_TRY_STATUS(check_username(a.username));
  QF_TRY_STATUS(check_display_name(a.display_name));
  QF_TRY_STATUS(check_password_policy(sec.password, a.password, a.username, "password"));
  QF_TRY(auto existing, find_by_username(conn, a.username));
  if (existing)
    return Error::make(ErrorKind::kConflict, "account.exists", "用户名已存在：" + a.username,
                       "Username already exists: " + a.username, "username");
  QF_TRY(std::string hash, hash_password(sec, a.password));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "auth/account_insert"),
                                 {a.username, a.display_name, store::opt(a.person_id), hash, now_ms,
                                  int64_t{a.must_change_password ? 1 : 0}, now_ms}));
  QF_TRY(int64_t hid, conn.insert(store::sql(conn, "auth/password_history_insert"), {id, hash, now_ms}));
  (void)hid;
  return id;
}

Status update_account(store::Connection& conn, int64_t account_id, const std::string& display_name,
                      std::optional<int64_t> person_id) {
  QF_TRY_STATUS(check_display_name(display_name));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_update"),
                                 {display_name, store::opt(person_id), account_id}));
  if (n == 0) return Error::not_found("账号", "Account");
  return {};
}

Status set_password(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                    std::string_view new_password, bool must_change, int64_t now_ms) {
  QF_TRY(Account a, get_account(conn, account_id));
  QF_TRY_STATUS(check_password_policy(sec.password, new_password, a.username, "new_password"));
  const int history = std::max(sec.password.history, 1);  // never the current one again
  QF_TRY(store::ResultSet old,
         conn.query(store::sql(conn, "auth/password_history_recent"), {account_id, int64_t{history}}));
  for (const auto& r : old)
    if (verify_password(r.text("password_hash"), new_password))
      return Error::invalid("auth.password_reused",
                            "新密码不能与最近 " + std::to_string(history) + " 次使用过的密码相同",
                            "The new password must differ from the last " + std::to_string(history) + " passwords",
                            "new_password");
  QF_TRY(std::string hash, hash_password(sec, new_password));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_set_password"),
                                 {hash, now_ms, int64_t{must_change ? 1 : 0}, account_id}));
  (void)n;
  QF_TRY(int64_t hid, conn.insert(store::sql(conn, "auth/password_history_insert"), {account_id, hash, now_ms}));
  (void)hid;
  return {};
}

Status grant_roles(store::Connection& conn, int64_t account_id, const std::vector<RoleGrant>& grants,
                   std::optional<int64_t> granted_by, int64_t now_ms) {
  if (granted_by && *granted_by == account_id)
    return Error::make(ErrorKind::kForbidden, "role.self_grant", "不能给自己分配角色",
                       "You cannot change your own roles", "account_id");
  QF_TRY_STATUS(check_grants(grants));
  QF_TRY(Account a, get_account(conn, account_id));
  (void)a;
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/grants_delete"), {account_id}));
  (void)n;
  for (const auto& g : grants) {
    QF_TRY(int64_t id, conn.insert(store::sql(conn, "auth/grant_insert"),
                                   {account_id, std::string(role_code(g.role)), std::string(scope_code(g.scope)),
                                    store::opt(g.scope_ref), store::opt(granted_by), now_ms}));
    (void)id;
  }
  // Once a discipline role exists, case-role grants need an approver (account_approvals.h).
  for (const auto& g : grants)
    if (is_discipline_role(g.role)) return mark_case_roles_seen(conn, now_ms);
  return {};
}

Result<std::vector<RoleGrant>> grants_of(store::Connection& conn, int64_t account_id) {
  QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "auth/grants_of"), {account_id}));
  std::vector<RoleGrant> out;
  for (const auto& r : rows) {
    auto role = role_from_code(r.text("role"));
    auto scope = scope_from_code(r.text("scope"));
    if (!role || !scope) continue;  // a code from a newer binary: ignore rather than fail sign-in
    out.push_back(RoleGrant{*role, *scope, r.opt_i64("scope_ref")});
  }
  return out;
}

Result<Account> get_account(store::Connection& conn, int64_t account_id) {
  QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "auth/account_by_id"), {account_id}));
  if (rows.empty()) return Error::not_found("账号", "Account");
  return account_from_row(rows.front());
}

Result<std::optional<Account>> find_by_username(store::Connection& conn, std::string_view username) {
  QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "auth/account_by_username"), {std::string(username)}));
  if (rows.empty()) return std::optional<Account>{};
  return std::optional<Account>{account_from_row(rows.front())};
}

Result<std::pair<std::vector<Account>, int64_t>> list_accounts(store::Connection& conn, const AccountFilter& f,
                                                               int64_t now_ms) {
  store::Params p;
  store::Value q = store::opt(f.q);
  store::Value like = f.q ? store::Value{store::like_contains(*f.q)} : store::Value{nullptr};
  p.insert(p.end(), {q, like, like});
  store::Value locked = f.locked ? store::Value{int64_t{*f.locked ? 1 : 0}} : store::Value{nullptr};
  p.insert(p.end(), {locked, locked, now_ms, locked, now_ms});
  QF_TRY(store::Row count, conn.query_one(store::sql(conn, "auth/account_count"), p));
  p.push_back(f.limit > 0 ? f.limit : kForever);
  p.push_back(f.offset);
  QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "auth/account_list"), p));
  std::vector<Account> out;
  for (const auto& r : rows) {
    Account a = account_from_row(r);
    if (a.person_id) {
      a.person_name = r.text("person_name");
      a.person_employee_no = r.text("person_employee_no");
    }
    out.push_back(std::move(a));
  }
  return std::make_pair(std::move(out), count.i64("n"));
}

Status lock_account(store::Connection& conn, int64_t account_id, int64_t now_ms) {
  (void)now_ms;
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_lock"), {kForever, account_id}));
  if (n == 0) return Error::not_found("账号", "Account");
  QF_TRY(int64_t k, conn.execute(store::sql(conn, "auth/sessions_delete_account"), {account_id}));
  (void)k;
  return {};
}

Status unlock_account(store::Connection& conn, int64_t account_id) {
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "auth/account_unlock"), {account_id}));
  if (n == 0) return Error::not_found("账号", "Account");
  // Also ends the sign-in delays of every address on this account's name.
  QF_TRY(int64_t k, conn.execute(store::sql(conn, "auth/throttle_clear_account"), {account_id}));
  (void)k;
  return {};
}

std::string generate_password(const PasswordPolicy& policy) {
  (void)sodium_init();
  static constexpr std::string_view upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  static constexpr std::string_view lower = "abcdefghijkmnpqrstuvwxyz";
  static constexpr std::string_view digits = "23456789";
  static constexpr std::string_view symbols = "@#%+=!";
  const std::string all = std::string(upper) + std::string(lower) + std::string(digits) + std::string(symbols);
  auto pick = [](std::string_view set) { return set[randombytes_uniform(static_cast<uint32_t>(set.size()))]; };
  const size_t len = static_cast<size_t>(std::max(policy.min_length, 16));
  std::string pw;
  pw.push_back(pick(upper));
  pw.push_back(pick(lower));
  pw.push_back(pick(digits));
  pw.push_back(pick(symbols));
  while (pw.size() < len) pw.push_back(pick(all));
  for (size_t i = pw.size() - 1; i > 0; --i)  // shuffle so the classes are not in fixed places
    std::swap(pw[i], pw[randombytes_uniform(static_cast<uint32_t>(i + 1))]);
  return pw;
}

}  // namespace qf::auth
