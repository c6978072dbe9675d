#pragma once
// Accounts (账号): local sign-in identities, their password, lock state and role grants.
// Every function works inside the caller's connection/transaction so that the change
// and its audit entry commit together; none of them writes audit entries itself.
//
// Callers: `qingfeng init` / `qingfeng user` / `qingfeng demo`, the admin API.
// Separation of duties (三员分立) is enforced by grant_roles(): an account holds either
// exactly one administrator role, or business roles only; and nobody grants to itself.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/principal.h"

namespace qf::store { class Connection; }

namespace qf::auth {

struct Account {
  int64_t id = 0;
  std::string username;
  std::string display_name;
  std::optional<int64_t> person_id;  // people.id of the person behind the account
  bool must_change_password = false;
  bool totp_enabled = false;
  std::optional<int64_t> locked_until_ms;  // locked while now < locked_until_ms
  int64_t failed_count = 0;               // consecutive failed logins
  std::string status = "active";          // "active" | "disabled"
  int64_t created_at_ms = 0;
  int64_t password_changed_at_ms = 0;
  std::optional<int64_t> last_login_at_ms;
  // The linked person's name and employee number (filled by list_accounts only).
  std::string person_name;
  std::string person_employee_no;

  bool locked_at(int64_t now_ms) const { return locked_until_ms && now_ms < *locked_until_ms; }
};

struct NewAccount {
  std::string username;      // 3–32 of [a-z0-9_.-], starting with a letter; unique
  std::string display_name;  // shown in the UI; required
  std::optional<int64_t> person_id;
  std::string password;      // must satisfy the password policy
  bool must_change_password = true;
};

// Creates the account; kInvalid naming the field (username, display_name, password),
// kConflict "account.exists" when the username is taken. Returns the new id.
Result<int64_t> create_account(store::Connection& conn, const SecurityConfig& sec,
                               const NewAccount& a, int64_t now_ms);

// Changes display name / person link.
Status update_account(store::Connection& conn, int64_t account_id, const std::string& display_name,
                      std::optional<int64_t> person_id);

// Sets a new password after checking the policy and the history (field "new_password"),
// records it in the history, and sets must_change_password as given. Does not touch
// sessions (see sessions.h: end_other_sessions()).
Status set_password(store::Connection& conn, const SecurityConfig& sec, int64_t account_id,
                    std::string_view new_password, bool must_change, int64_t now_ms);

// Replaces the account's role grants after the separation checks:
//   granted_by == account_id           → kForbidden "role.self_grant"
//   two administrator roles            → kInvalid "role.admin_exclusive"
//   administrator + business roles     → kInvalid "role.admin_exclusive"
//   department/branch scope without ref→ kInvalid "role.scope_ref" (field grants[i].scope_ref)
// granted_by is empty for the CLI / demo (operator at the console).
Status grant_roles(store::Connection& conn, int64_t account_id, const std::vector<RoleGrant>& grants,
                   std::optional<int64_t> granted_by, int64_t now_ms);

Result<std::vector<RoleGrant>> grants_of(store::Connection& conn, int64_t account_id);

Result<Account> get_account(store::Connection& conn, int64_t account_id);  // kNotFound
Result<std::optional<Account>> find_by_username(store::Connection& conn, std::string_view username);

struct AccountFilter {
  std::optional<std::string> q;  // substring of username or display name
  std::optional<bool> locked;    // locked now (needs now_ms)
  int64_t limit = 20;            // <= 0: all
  int64_t offset = 0;
};
Result<std::pair<std::vector<Account>, int64_t>> list_accounts(store::Connection& conn, const AccountFilter& f,
                                                               int64_t now_ms);

// Administrative lock (until unlocked) and unlock (also clears the failure counter).
Status lock_account(store::Connection& conn, int64_t account_id, int64_t now_ms);
Status unlock_account(store::Connection& conn, int64_t account_id);

// A random one-time password that satisfies the policy (printed once by init/reset).
std::string generate_password(const PasswordPolicy& policy);

}  // namespace qf::auth
