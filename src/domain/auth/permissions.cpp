// The role → permission table. Business roles all read the organisation within their
// data scope; org_hr changes it; each administrator holds exactly its own duty.
#include "domain/auth/permissions.h"

namespace qf::auth {

const std::vector<PermissionInfo>& all_permissions() {
  static const std::vector<PermissionInfo> list = {
      {perm::kOrgRead, "查看组织机构", "Read organisation"},
      {perm::kOrgManage, "维护组织机构", "Manage organisation"},
      {perm::kAccountManage, "管理账号", "Manage accounts"},
      {perm::kConfigManage, "管理系统配置", "Manage configuration"},
      {perm::kRoleAssign, "分配角色与权限", "Assign roles"},
      {perm::kAuditRead, "查阅审计日志", "Read audit log"},
      {perm::kDashboardRead, "查看工作台", "Read dashboard"},
  };
  return list;
}

std::vector<std::string> permissions_of(Role role) {
  std::vector<std::string> p{std::string(perm::kDashboardRead), std::string(perm::kOrgRead)};
  switch (role) {
    case Role::kSysAdmin:
      p.emplace_back(perm::kAccountManage);
      p.emplace_back(perm::kConfigManage);
      break;
    case Role::kSecAdmin:
      p.emplace_back(perm::kRoleAssign);
      break;
    case Role::kAuditor:
      // The auditor reads the audit log only; it needs no organisation access.
      p = {std::string(perm::kDashboardRead), std::string(perm::kAuditRead)};
      break;
    case Role::kOrgHr:
      p.emplace_back(perm::kOrgManage);
      break;
    default:
      break;
  }
  return p;
}

std::set<std::string> permissions_of(const std::vector<RoleGrant>& grants) {
  std::set<std::string> out;
  for (const auto& g : grants)
    for (auto& p : permissions_of(g.role)) out.insert(std::move(p));
  return out;
}

}  // namespace qf::auth
