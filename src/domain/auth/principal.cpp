// Role and scope codes, their Chinese/English labels, and the Principal predicates.
// Codes are stable: they are stored in role_grants, exported and used by the API.
#include "domain/auth/principal.h"

#include <array>

namespace qf::auth {
namespace {

struct RoleEntry {
  Role role;
  std::string_view code;
  std::string_view zh;
  std::string_view en;
};

constexpr std::array<RoleEntry, 12> kRoles{{
    {Role::kPartySecretary, "party_secretary", "党委书记", "Party secretary"},
    {Role::kCommitteeMember, "committee_member", "班子成员", "Committee member"},
    {Role::kDisciplineSecretary, "discipline_secretary", "纪委书记", "Discipline secretary"},
    {Role::kDisciplineMember, "discipline_member", "纪检干部", "Discipline inspector"},
    {Role::kBranchSecretary, "branch_secretary", "支部书记", "Branch secretary"},
    {Role::kBranchInspector, "branch_inspector", "支部纪检委员", "Branch discipline inspector"},
    {Role::kDeptHead, "dept_head", "部门负责人", "Department head"},
    {Role::kStaff, "staff", "党员干部/职工", "Staff member"},
    {Role::kOrgHr, "org_hr", "组织人事部门", "Organisation & HR"},
    {Role::kSysAdmin, "sysadmin", "系统管理员", "System administrator"},
    {Role::kSecAdmin, "secadmin", "安全管理员", "Security administrator"},
    {Role::kAuditor, "auditor", "审计管理员", "Audit administrator"},
}};

struct ScopeEntry {
  ScopeKind scope;
  std::string_view code;
  std::string_view zh;
  std::string_view en;
};

constexpr std::array<ScopeEntry, 5> kScopes{{
    {ScopeKind::kSelf, "self", "本人", "Self"},
    {ScopeKind::kDepartment, "department", "本部门及下级部门", "Department and sub-departments"},
    {ScopeKind::kBranch, "branch", "本支部", "Party branch"},
    {ScopeKind::kOverseen, "overseen", "分管部门", "Overseen departments"},
    {ScopeKind::kUnit, "unit", "全单位", "Whole unit"},
}};

const RoleEntry& entry(Role r) {
  for (const auto& e : kRoles)
    if (e.role == r) return e;
  return kRoles[7];  // unreachable: every enumerator is in the table
}

const ScopeEntry& entry(ScopeKind s) {
  for (const auto& e : kScopes)
    if (e.scope == s) return e;
  return kScopes[0];
}

}  // namespace

std::string_view role_code(Role r) { return entry(r).code; }
std::string_view role_label_zh(Role r) { return entry(r).zh; }
std::string_view role_label_en(Role r) { return entry(r).en; }

std::optional<Role> role_from_code(std::string_view code) {
  for (const auto& e : kRoles)
    if (e.code == code) return e.role;
  return std::nullopt;
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> v;
    for (const auto& e : kRoles) v.push_back(e.role);
    return v;
  }();
  return roles;
}

bool is_admin_role(Role r) {
  return r == Role::kSysAdmin || r == Role::kSecAdmin || r == Role::kAuditor;
}

std::string_view scope_code(ScopeKind s) { return entry(s).code; }
std::string_view scope_label_zh(ScopeKind s) { return entry(s).zh; }
std::string_view scope_label_en(ScopeKind s) { return entry(s).en; }

std::optional<ScopeKind> scope_from_code(std::string_view code) {
  for (const auto& e : kScopes)
    if (e.code == code) return e.scope;
  return std::nullopt;
}

const std::vector<ScopeKind>& all_scopes() {
  static const std::vector<ScopeKind> scopes = [] {
    std::vector<ScopeKind> v;
    for (const auto& e : kScopes) v.push_back(e.scope);
    return v;
  }();
  return scopes;
}

bool Principal::has_role(Role r) const {
  for (const auto& g : grants)
    if (g.role == r) return true;
  return false;
}

bool Principal::is_admin() const {
  for (const auto& g : grants)
    if (is_admin_role(g.role)) return true;
  return false;
}

std::string Principal::role_codes() const {
  std::string out;
  for (const auto& g : grants) {
    std::string_view c = role_code(g.role);
    if (out.find(c) != std::string::npos) continue;
    if (!out.empty()) out += ',';
    out += c;
  }
  return out;
}

}  // namespace qf::auth
