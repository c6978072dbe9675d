#pragma once
// Principal: who is making a request — an authenticated account, the person behind it,
// and the roles it holds with their data scopes (数据权限). Every domain query that
// returns business records takes a Principal and filters by its scopes; the three
// administrators (三员分立) hold no business permission at all.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace qf::auth {

// 角色 — the roles of docs/domain (codes are stable: stored, exported, used in the API).
enum class Role {
  kPartySecretary,       // party_secretary 党委书记
  kCommitteeMember,      // committee_member 班子成员
  kDisciplineSecretary,  // discipline_secretary 纪委书记
  kDisciplineMember,     // discipline_member 纪委委员/纪检干部
  kBranchSecretary,      // branch_secretary 支部书记
  kBranchInspector,      // branch_inspector 支部纪检委员
  kDeptHead,             // dept_head 部门负责人
  kStaff,                // staff 党员干部/职工
  kOrgHr,                // org_hr 组织人事部门
  kSysAdmin,             // sysadmin 系统管理员
  kSecAdmin,             // secadmin 安全管理员
  kAuditor,              // auditor 审计管理员
};

std::string_view role_code(Role r);
std::optional<Role> role_from_code(std::string_view code);
std::string_view role_label_zh(Role r);
std::string_view role_label_en(Role r);
const std::vector<Role>& all_roles();
bool is_admin_role(Role r);  // one of the three separated administrators

// 数据范围 — how far a role assignment reaches.
enum class ScopeKind {
  kSelf,        // self      only records about/created by the person
  kDepartment,  // department one department (and its sub-departments)
  kBranch,      // branch    one Party branch
  kOverseen,    // overseen  the departments a committee member oversees (分管)
  kUnit,        // unit      the whole bureau
};
std::string_view scope_code(ScopeKind s);
std::optional<ScopeKind> scope_from_code(std::string_view code);
std::string_view scope_label_zh(ScopeKind s);
std::string_view scope_label_en(ScopeKind s);
const std::vector<ScopeKind>& all_scopes();

struct RoleGrant {
  Role role;
  ScopeKind scope = ScopeKind::kSelf;
  std::optional<int64_t> scope_ref;  // department or branch id for kDepartment / kBranch
};

struct Principal {
  int64_t account_id = 0;
  std::optional<int64_t> person_id;  // accounts of the three administrators may have none
  std::string username;
  std::string display_name;
  std::vector<RoleGrant> grants;
  std::set<std::string> permissions;  // permission codes derived from the roles
  // Resolved reach of the data scopes (filled at authentication):
  bool unit_wide = false;                     // some grant with kUnit scope
  std::set<int64_t> department_ids;           // departments reachable (incl. sub-departments, overseen)
  std::set<int64_t> branch_ids;               // branches reachable
  int64_t session_id = 0;
  std::string csrf_token;
  // Restricted session: until resolved, only /api/v1/auth/* is reachable (the
  // authenticator answers 403 auth.password_change_required / auth.totp_setup_required).
  bool must_change_password = false;  // forced change (first login, reset, or expired by max_age_days)
  bool totp_setup_required = false;   // administrator without TOTP while security.totp_required_for_admins

  bool has_role(Role r) const;
  bool can(std::string_view permission) const { return permissions.count(std::string(permission)) > 0; }
  bool is_admin() const;  // holds one of the three administrator roles
  // Comma-separated distinct role codes, as recorded in audit entries ("" when none).
  std::string role_codes() const;
};

}  // namespace qf::auth
