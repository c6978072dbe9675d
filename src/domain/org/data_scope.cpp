// Data scope of organisation reads: see data_scope.h.
#include "domain/org/data_scope.h"

#include <cstdio>
#include <cstdlib>

namespace qf::org {

ScopeCondition people_scope(const auth::Principal& who, const std::string& alias) {
  ScopeCondition c;
  if (who.unit_wide) {
    c.sql = "1=1";
    return c;
  }
  std::string parts;
  auto in_list = [&](const std::string& column, const std::set<int64_t>& ids) {
    if (ids.empty()) return;
    std::string s = alias + "." + column + " IN (";
    bool first = true;
    for (int64_t id : ids) {
      s += first ? "?" : ",?";
      first = false;
      c.params.emplace_back(id);
    }
    s += ")";
    if (!parts.empty()) parts += " OR ";
    parts += s;
  };
  in_list("department_id", who.department_ids);
  in_list("branch_id", who.branch_ids);
  if (who.person_id) {
    if (!parts.empty()) parts += " OR ";
    parts += alias + ".id = ?";
    c.params.emplace_back(*who.person_id);
  }
  c.sql = parts.empty() ? "1=0" : "(" + parts + ")";
  return c;
}

bool can_see_person(const auth::Principal& who, int64_t person_id, std::optional<int64_t> department_id,
                    std::optional<int64_t> branch_id) {
  if (who.unit_wide) return true;
  if (who.person_id && *who.person_id == person_id) return true;
  if (department_id && who.department_ids.count(*department_id)) return true;
  if (branch_id && who.branch_ids.count(*branch_id)) return true;
  return false;
}

bool can_see_department(const auth::Principal& who, int64_t department_id) {
  return who.unit_wide || who.department_ids.count(department_id) > 0;
}

std::string splice(std::string_view sql, std::string_view marker, std::string_view text) {
  size_t at = sql.find(marker);
  if (at == std::string_view::npos) {
    std::fprintf(stderr, "query lacks marker %.*s\n", static_cast<int>(marker.size()), marker.data());
    std::abort();
  }
  std::string out;
  out.reserve(sql.size() + text.size());
  out.append(sql.substr(0, at));
  out.append(text);
  out.append(sql.substr(at + marker.size()));
  return out;
}

}  // namespace qf::org
