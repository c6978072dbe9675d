#pragma once
// Permissions (权限): what a role may do, as stable codes checked by the API framework
// (RouteSpec::permission) and shown by GET /admin/roles. One table maps each role to
// its permissions. The modules before the kit keep their codes in that table
// (permissions.cpp); a new module declares its own in its API file with
// QF_REGISTER_PERMISSION (below), naming the roles that carry it.
// 三员分立: the three administrators get no business permission beyond org.read
// (needed to link accounts to people and scopes to departments).
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/auth/principal.h"

namespace qf::auth {

namespace perm {
inline constexpr std::string_view kOrgRead = "org.read";          // read organisation, scoped
inline constexpr std::string_view kOrgManage = "org.manage";      // change organisation (org_hr)
inline constexpr std::string_view kAccountManage = "account.manage";  // accounts (sysadmin)
inline constexpr std::string_view kConfigManage = "config.manage";    // configuration (sysadmin)
inline constexpr std::string_view kRoleAssign = "role.assign";        // role grants (secadmin)
inline constexpr std::string_view kAuditRead = "audit.read";          // audit log (auditor)
inline constexpr std::string_view kDashboardRead = "dashboard.read";  // everyone
// Supervision (监督执纪). clue.handle lets an account work on problem clues, but WHICH
// clues it sees is decided per clue (need-to-know): the discipline secretary sees all,
// a discipline member only the clues assigned to it (api/clues_api.cpp).
inline constexpr std::string_view kClueHandle = "clue.handle";        // discipline secretary, members
inline constexpr std::string_view kClueStats = "clue.stats";          // aggregate supervision statistics
inline constexpr std::string_view kTalkRead = "talk.read";            // integrity talks, read
inline constexpr std::string_view kTalkManage = "talk.manage";        // integrity talks, record
inline constexpr std::string_view kCalendarManage = "calendar.manage";  // working-day calendar (sysadmin)
// Petitions and reports (信访举报), docs/modules/reports-api.md. report.handle: work on
// the reports assigned to you (need-to-know, as clues); report.identity.approve: the
// discipline secretary's own powers (see every report, triage, approve an identity
// reveal, key administration); report.stats: aggregates only.
inline constexpr std::string_view kReportHandle = "report.handle";
inline constexpr std::string_view kReportIdentityApprove = "report.identity.approve";
inline constexpr std::string_view kReportStats = "report.stats";
}  // namespace perm

struct PermissionInfo {
  std::string_view code;
  std::string_view label_zh;
  std::string_view label_en;
};

// A module's own permission, declared where the module's routes are:
//   QF_REGISTER_PERMISSION("duty.read", "查看责任清单", "Read responsibility lists",
//                          auth::Role::kPartySecretary, auth::Role::kCommitteeMember);
// Only business roles may carry one: registering it for one of the three administrators
// stops the program at start-up (三员分立), and so does a code declared twice.
struct ModulePermission {
  std::string code;
  std::string label_zh;
  std::string label_en;
  std::vector<Role> roles;
};
void register_permission(ModulePermission p);
struct RegisterPermission {
  explicit RegisterPermission(ModulePermission p) { register_permission(std::move(p)); }
};
#define QF_PERM_CONCAT_(a, b) a##b
#define QF_PERM_CONCAT(a, b) QF_PERM_CONCAT_(a, b)
#define QF_REGISTER_PERMISSION(code, zh, en, ...)                                     \
  static ::qf::auth::RegisterPermission QF_PERM_CONCAT(qf_perm_reg_, __LINE__)(        \
      ::qf::auth::ModulePermission{code, zh, en, {__VA_ARGS__}})

// Every permission code with its labels, in display order (the core table, then the
// modules' own, by code).
const std::vector<PermissionInfo>& all_permissions();
// The permissions one role carries.
std::vector<std::string> permissions_of(Role role);
// Union over the grants (what Principal::permissions holds).
std::set<std::string> permissions_of(const std::vector<RoleGrant>& grants);

}  // namespace qf::auth
