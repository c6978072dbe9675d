// Dictionary registry and the built-in dictionaries: see dictionary.h.
#include "domain/dictionary/dictionary.h"

#include <algorithm>
#include <map>
#include <mutex>

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
