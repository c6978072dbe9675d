// Dictionary registry and the built-in dictionaries: see dictionary.h.
#include "domain/dictionary/dictionary.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "domain/auth/permissions.h"
#include "domain/auth/principal.h"
#include "domain/org/org_codes.h"

namespace qf::dictionary {
namespace {

struct Registry {
  std::mutex mu;
  std::map<std::string, Dictionary, std::less<>> by_name;
  bool builtins_loaded = false;
};

Registry& registry() {
  static Registry r;
  return r;
}

Dictionary make(std::string name, std::string zh, std::string en, std::vector<Entry> entries) {
  for (size_t i = 0; i < entries.size(); ++i) if (entries[i].sort == 0) entries[i].sort = static_cast<int>(i + 1) * 10;
  return Dictionary{std::move(name), std::move(zh), std::move(en), std::move(entries)};
}

void load_builtins_locked(Registry& r) {
  if (r.builtins_loaded) return;
  r.builtins_loaded = true;
  auto put = [&](Dictionary d) { r.by_name.emplace(d.name, std::move(d)); };  // registered ones win

  std::vector<Entry> roles;
  int i = 0;
  for (auth::Role role : auth::all_roles()) {
    roles.push_back({std::string(auth::role_code(role)), std::string(auth::role_label_zh(role)),
                     std::string(auth::role_label_en(role)), ++i * 10});
  }
  put(make("role", "角色", "Role", std::move(roles)));
  put(make("scope", "数据范围", "Data scope",
           {{std::string(auth::scope_code(auth::ScopeKind::kSelf)), "本人", "Self", 0},
            {std::string(auth::scope_code(auth::ScopeKind::kDepartment)), "本部门", "Own department", 0},
            {std::string(auth::scope_code(auth::ScopeKind::kBranch)), "本支部", "Own Party branch", 0},
            {std::string(auth::scope_code(auth::ScopeKind::kOverseen)), "分管部门", "Departments overseen", 0},
            {std::string(auth::scope_code(auth::ScopeKind::kUnit)), "全单位", "Whole unit", 0}}));
  for (const Dictionary& d : org::org_dictionaries()) put(d);

  std::vector<Entry> perms;
  for (const auto& p : auth::all_permissions()) {
    perms.push_back({std::string(p.code), std::string(p.label_zh), std::string(p.label_en), 0});
  }
  put(make("permission", "权限", "Permission", std::move(perms)));
  put(make("account_status", "账号状态", "Account status",
           {{"active", "正常", "Active", 0}, {"locked", "已锁定", "Locked", 0}, {"disabled", "已停用", "Disabled", 0}}));
  // Audit actions of the platform core; modules with more actions register a fuller
  // "audit_action" dictionary (replacing this one) or their own.
  put(make("audit_action", "审计操作", "Audited action",
           {{"auth.login", "登录", "Sign in", 0},
            {"auth.logout", "退出登录", "Sign out", 0},
            {"auth.touch", "保持登录", "Stay signed in", 0},
            {"auth.password_change", "修改密码", "Change password", 0},
            {"auth.totp_setup", "设置动态口令", "Set up TOTP", 0},
            {"auth.totp_enable", "启用动态口令", "Enable TOTP", 0},
            {"auth.totp_disable", "停用动态口令", "Disable TOTP", 0},
            {"account.create", "创建账号", "Create account", 0},
            {"account.update", "修改账号", "Update account", 0},
            {"account.lock", "锁定账号", "Lock account", 0},
            {"account.unlock", "解锁账号", "Unlock account", 0},
            {"account.reset_password", "重置密码", "Reset password", 0},
            {"account.reset_totp", "重置动态口令", "Reset TOTP", 0},
            {"security.rotate_key", "轮换服务器密钥", "Rotate the server key", 0},
            {"role.assign", "分配角色", "Assign roles", 0},
            {"audit.export", "导出审计日志", "Export audit log", 0},
            {"org.department.create", "新建部门", "Create department", 0},
            {"org.department.update", "修改部门", "Update department", 0},
            {"org.department.archive", "归档部门", "Archive department", 0},
            {"org.branch.create", "新建党支部", "Create Party branch", 0},
            {"org.branch.update", "修改党支部", "Update Party branch", 0},
            {"org.branch.archive", "归档党支部", "Archive Party branch", 0},
            {"org.position.create", "新建岗位", "Create position", 0},
            {"org.position.update", "修改岗位", "Update position", 0},
            {"org.position.archive", "归档岗位", "Archive position", 0},
            {"org.person.create", "新增人员", "Create person", 0},
            {"org.person.update", "修改人员信息", "Update person", 0},
            {"org.person.position_event", "记录岗位变动", "Record position change", 0},
            {"org.import.preview", "导入预览", "Import preview", 0},
            {"org.import.commit", "确认导入", "Import", 0},
            {"org.demo", "写入演示数据", "Load demo data", 0},
            {"system.test_clock", "调整测试时钟", "Move test clock", 0}}));
}

}  // namespace

void register_dictionary(Dictionary d) {
  Registry& r = registry();
  std::lock_guard lock(r.mu);
  load_builtins_locked(r);
  std::stable_sort(d.entries.begin(), d.entries.end(), [](const Entry& a, const Entry& b) { return a.sort < b.sort; });
  r.by_name[d.name] = std::move(d);
}

std::vector<Dictionary> all_dictionaries() {
  Registry& r = registry();
  std::lock_guard lock(r.mu);
  load_builtins_locked(r);
  std::vector<Dictionary> out;
  out.reserve(r.by_name.size());
  for (const auto& [_, d] : r.by_name) out.push_back(d);
  return out;
}

std::optional<Dictionary> find(std::string_view name) {
  Registry& r = registry();
  std::lock_guard lock(r.mu);
  load_builtins_locked(r);
  auto it = r.by_name.find(name);
  if (it == r.by_name.end()) return std::nullopt;
  return it->second;
}

namespace {
template <class F>
std::optional<std::string> scan(std::string_view name, F&& pick) {
  Registry& r = registry();
  std::lock_guard lock(r.mu);
  load_builtins_locked(r);
  auto it = r.by_name.find(name);
  if (it == r.by_name.end()) return std::nullopt;
  for (const Entry& e : it->second.entries) {
    if (auto v = pick(e)) return v;
  }
  return std::nullopt;
}
}  // namespace

std::string label_zh(std::string_view name, std::string_view code) {
  auto v = scan(name, [&](const Entry& e) -> std::optional<std::string> {
    if (e.code == code) return e.label_zh;
    return std::nullopt;
  });
  return v ? *v : std::string(code);
}

std::string label_en(std::string_view name, std::string_view code) {
  auto v = scan(name, [&](const Entry& e) -> std::optional<std::string> {
    if (e.code == code) return e.label_en;
    return std::nullopt;
  });
  return v ? *v : std::string(code);
}

std::optional<std::string> code_for_label(std::string_view name, std::string_view text) {
  return scan(name, [&](const Entry& e) -> std::optional<std::string> {
    if (e.label_zh == text || e.code == text) return e.code;
    if (e.label_en.size() == text.size() &&
        std::equal(e.label_en.begin(), e.label_en.end(), text.begin(),
                   [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); })) {
      return e.code;
    }
    return std::nullopt;
  });
}

bool has_code(std::string_view name, std::string_view code) {
  return scan(name, [&](const Entry& e) -> std::optional<std::string> {
           if (e.code == code) return e.code;
           return std::nullopt;
         }).has_value();
}

}  // namespace qf::dictionary
