// The role → permission table. Business roles all read the organisation within their
// data scope; org_hr changes it; each administrator holds exactly its own duty.
#include "domain/auth/permissions.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace qf::auth {

namespace {
// Filled during static initialisation (one registrar per module), read after main().
std::vector<ModulePermission>& module_permissions() {
  static std::vector<ModulePermission> list;
  return list;
}

const std::vector<PermissionInfo>& core_permissions() {
  static const std::vector<PermissionInfo> list = {
      {perm::kOrgRead, "查看组织机构", "Read organisation"},
      {perm::kOrgManage, "维护组织机构", "Manage organisation"},
      {perm::kAccountManage, "管理账号", "Manage accounts"},
      {perm::kConfigManage, "管理系统配置", "Manage configuration"},
      {perm::kRoleAssign, "分配角色与权限", "Assign roles"},
      {perm::kAuditRead, "查阅审计日志", "Read audit log"},
      {perm::kDashboardRead, "查看工作台", "Read dashboard"},
      {perm::kClueHandle, "办理问题线索（限本人承办）", "Handle problem clues (assigned ones)"},
      {perm::kClueStats, "查看监督执纪统计", "Read supervision statistics"},
      {perm::kTalkRead, "查看廉政谈话", "Read integrity talks"},
      {perm::kTalkManage, "登记廉政谈话", "Record integrity talks"},
      {perm::kCalendarManage, "维护工作日历", "Manage the working-day calendar"},
      {perm::kReportHandle, "办理信访举报（限本人承办）", "Handle petitions and reports (assigned ones)"},
      {perm::kReportIdentityApprove, "分办信访举报、批准查看举报人身份", "Triage reports, approve identity reveals"},
      {perm::kReportStats, "查看信访举报统计", "Read report statistics"},
  };
  return list;
}

[[noreturn]] void refuse(const std::string& code, const char* why) {
  std::fprintf(stderr, "权限声明错误 / bad permission declaration: %s: %s\n", code.c_str(), why);
  std::abort();
}
}  // namespace

void register_permission(ModulePermission p) {
  for (Role r : p.roles)
    if (is_admin_role(r)) refuse(p.code, "三员不得持有业务权限 / an administrator role may not carry it");
  for (const auto& c : core_permissions())
    if (c.code == p.code) refuse(p.code, "与已有权限重复 / declared twice");
  for (const auto& m : module_permissions())
    if (m.code == p.code) refuse(p.code, "与已有权限重复 / declared twice");
  module_permissions().push_back(std::move(p));
}

const std::vector<PermissionInfo>& all_permissions() {
  static const std::vector<PermissionInfo> list = [] {
    std::vector<PermissionInfo> out = core_permissions();
    std::vector<const ModulePermission*> mods;
    for (const auto& m : module_permissions()) mods.push_back(&m);
    std::sort(mods.begin(), mods.end(), [](auto* a, auto* b) { return a->code < b->code; });
    for (const auto* m : mods) out.push_back({m->code, m->label_zh, m->label_en});
    return out;
  }();
  return list;
}

std::vector<std::string> permissions_of(Role role) {
  std::vector<std::string> p{std::string(perm::kDashboardRead), std::string(perm::kOrgRead)};
  switch (role) {
    case Role::kSysAdmin:
      p.emplace_back(perm::kAccountManage);
      p.emplace_back(perm::kConfigManage);
      p.emplace_back(perm::kCalendarManage);
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
      p.emplace_back(perm::kTalkRead);  // organises the collective talks for promoted cadres
      break;
    case Role::kDisciplineSecretary:
      p.emplace_back(perm::kReportHandle);
      p.emplace_back(perm::kReportIdentityApprove);
      p.emplace_back(perm::kReportStats);
      p.emplace_back(perm::kClueHandle);
      p.emplace_back(perm::kClueStats);
      p.emplace_back(perm::kTalkRead);
      p.emplace_back(perm::kTalkManage);
      break;
    case Role::kDisciplineMember:
      p.emplace_back(perm::kReportHandle);
      p.emplace_back(perm::kClueHandle);
      p.emplace_back(perm::kTalkRead);
      p.emplace_back(perm::kTalkManage);
      break;
    case Role::kPartySecretary:
      // First person responsible: aggregate figures (never clue content) and talks.
      p.emplace_back(perm::kReportStats);
      p.emplace_back(perm::kClueStats);
      p.emplace_back(perm::kTalkRead);
      break;
    default:
      break;
  }
  for (const auto& m : module_permissions())
    if (std::find(m.roles.begin(), m.roles.end(), role) != m.roles.end()) p.push_back(m.code);
  return p;
}

std::set<std::string> permissions_of(const std::vector<RoleGrant>& grants) {
  std::set<std::string> out;
  for (const auto& g : grants)
    for (auto& p : permissions_of(g.role)) out.insert(std::move(p));
  return out;
}

}  // namespace qf::auth
