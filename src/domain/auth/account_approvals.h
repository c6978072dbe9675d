#pragma once
// Two-person control over the routes into case content (issue 14, "Critical").
//
// No one of the three administrators, and no two of them together, may reach case
// content (clues, talks, supervision and report statistics, reports) without a
// discipline-committee holder. The routes an administrator has into someone else's
// access are: resetting the password or TOTP of an account that reaches case content
// or of a leading cadre's own account (it opens the cadre's personal-matters reports),
// and granting a role that reaches case content (to an account the administrators
// created, or whose password they reset). Each of those is a REQUEST here; nothing changes until
// an approver decides it:
//
//   * case role   = a role whose permissions touch case content (is_case_role): today
//                   discipline_secretary, discipline_member, party_secretary, org_hr;
//   * approvers   = the active discipline secretaries other than the account concerned;
//                   when there is none, the active discipline members other than it
//                   (so the only secretary's reset is decided by a member). Never the
//                   account concerned, never the requester. An approver who still owes a
//                   password change, or whose own account has an open approval, may not
//                   decide until that is settled ("approval.approver_pending");
//   * approved    = the change is applied in the approver's transaction. A password
//                   reset's one-time password is answered to the APPROVER only, who
//                   hands it over in person; it is never answered to the administrator,
//                   stored, or audited. A grant that gives an account its FIRST case role
//                   also re-issues the account's credentials the same way (new one-time
//                   password to the approver, TOTP cleared, sessions ended): whatever an
//                   administrator knew of that account (the creation password, a reset)
//                   stops working before the role does;
//   * the affected user is told through the message centre (source kNoticeSource);
//     approvers see open requests as to-dos (feed kFeedSource).
//
// Bootstrap: until a discipline role has ever been granted in the database
// (case_roles_seen), a case-role grant applies at once — a fresh install has no case
// content and nobody to ask. Taking every discipline role away later does not reopen it.
//
// Report reader keys of a reset account go stale (the wrap is under the old password);
// the reader recovers them with the recovery code or is re-granted by the secretary.
// Functions work in the caller's transaction; audit entries are the caller's.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "domain/auth/principal.h"

namespace qf::store { class Connection; }
namespace qf::messages { struct Reminder; }

namespace qf::auth {

inline constexpr const char* kFeedSource = "identity.approvals";  // to-dos of approvers
inline constexpr const char* kNoticeSource = "identity.notice";   // notices to the affected user

// The permissions that reach case content, and the roles carrying any of them.
bool is_case_permission(std::string_view permission);
bool is_case_role(Role r);
bool has_case_role(const std::vector<RoleGrant>& grants);
bool is_discipline_role(Role r);  // discipline_secretary, discipline_member

// A change of grants needs approval when `after` holds a case-role grant (role, scope,
// ref) that `before` does not, or when it gives a leading cadre's own account
// (`leading_cadre`) any grant it did not hold: any role opens the cadre's own
// personal-matters reports, so the system administrator (who created the account and
// knows its password) and the security administrator together would otherwise read
// them. Taking roles away never does.
bool grant_needs_approval(const std::vector<RoleGrant>& before, const std::vector<RoleGrant>& after,
                          bool leading_cadre = false);

// Whether the account is linked to a person flagged as a leading cadre.
Result<bool> account_is_leading_cadre(store::Connection& conn, int64_t account_id);

enum class ApprovalKind { kResetPassword, kResetTotp, kRoleGrant };
std::string_view approval_kind_code(ApprovalKind k);

struct Approval {
  int64_t id = 0;
  std::string kind;  // approval_kind_code
  int64_t account_id = 0;
  std::string account_username;
  std::string account_name;
  std::optional<int64_t> requested_by;
  std::string requester_username;
  int64_t requested_at = 0;
  std::vector<RoleGrant> grants;  // role_grant only
  std::string summary;
  std::string status;  // pending | approved | refused
  std::optional<int64_t> decided_by;
  std::string decider_name;
  std::optional<int64_t> decided_at;
  std::string opinion;
};

// Whether a reset of `account_id` needs approval: it holds a case role, it is a leading
// cadre's own account (their personal-matters reports), or a grant of one is pending.
Result<bool> reset_needs_approval(store::Connection& conn, int64_t account_id);

// Linking an account to a person (PUT /admin/accounts/{id}): the system administrator
// could otherwise reset an ordinary account's password, link it to a leading cadre and
// sign in as the cadre's own account. A new link to a leading cadre is refused while the
// account holds any role (409 "account.cadre_link_with_roles", field person_id).
Status check_person_link(store::Connection& conn, int64_t account_id, std::optional<int64_t> before,
                         std::optional<int64_t> after);

// Whether the case-role bootstrap is still open (no discipline role ever granted).
Result<bool> case_bootstrap_open(store::Connection& conn);
// Marks that a discipline role exists (called by grant_roles; idempotent).
Status mark_case_roles_seen(store::Connection& conn, int64_t now_ms);

// Records a request. kConflict "approval.pending" when one of the same kind is open for
// the account; kConflict "approval.no_approver" when nobody could ever decide it (no
// active discipline holder besides the account). Tells the affected user.
Result<Approval> request_approval(store::Connection& conn, ApprovalKind kind, int64_t account_id,
                                  int64_t requested_by, const std::vector<RoleGrant>& grants,
                                  const std::string& summary, int64_t now_ms);

Result<Approval> get_approval(store::Connection& conn, int64_t id);  // kNotFound "approval.not_found"
// Open ones (status "pending") or all, newest first (at most 200).
Result<std::vector<Approval>> list_approvals(store::Connection& conn, bool pending_only);

// Who may decide `a` now (eligible and not pending themselves).
Result<std::vector<int64_t>> approvers_of(store::Connection& conn, const Approval& a);

struct Decision {
  Approval approval;
  std::optional<std::string> one_time_password;  // for the approver to hand over in person
};
// Decides an open approval as `approver_id`. kForbidden "approval.own" (the account
// concerned), "approval.not_approver", "approval.approver_pending"; kConflict
// "approval.decided". Approving applies the change (see the header comment).
Result<Decision> decide_approval(store::Connection& conn, const SecurityConfig& sec, int64_t id,
                                 int64_t approver_id, bool approve, const std::string& opinion, int64_t now_ms);

// Tells `account_id` of an event (a notice in the message centre, once per key).
Status notify_account(store::Connection& conn, int64_t account_id, const std::string& key,
                      const std::string& title_zh, const std::string& title_en, int64_t now_ms);

// The approvers' to-dos: one per open approval and eligible approver (feed kFeedSource).
Result<std::vector<messages::Reminder>> approval_reminders(store::Connection& conn);

}  // namespace qf::auth
