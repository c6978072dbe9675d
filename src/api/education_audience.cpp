// The audience of an education item or a training course in a request body: see
// education_audience.h.
#include "api/education_audience.h"

#include <fmt/format.h>

namespace qf::api {

namespace edu = qf::education;

Result<std::vector<int64_t>> education_id_list(const json& parent, const std::string& key, const std::string& prefix,
                                     const std::string& what_zh) {
  std::vector<int64_t> out;
  auto it = parent.find(key);
  if (it == parent.end() || it->is_null()) return out;
  const std::string field = prefix + key;
  if (!it->is_array())
    return Error::invalid("education.invalid", what_zh + "应为编号列表", field + " must be a list of ids", field);
  for (size_t k = 0; k < it->size(); ++k) {
    const json& v = (*it)[k];
    if (!v.is_number_integer() || v.get<int64_t>() <= 0)
      return Error::invalid("education.invalid", fmt::format("{}第 {} 项应为编号", what_zh, k + 1),
                            fmt::format("{}[{}] must be an id", field, k), fmt::format("{}[{}]", field, k));
    out.push_back(v.get<int64_t>());
  }
  return out;
}

Result<education::Audience> audience_of(const json& b) {
  edu::Audience a;
  auto it = b.find("audience");
  if (it == b.end() || it->is_null()) return a;
  if (!it->is_object())
    return Error::invalid("education.invalid", "学习对象格式不正确", "audience must be an object", "audience");
  const json& au = *it;
  if (auto e = au.find("everyone"); e != au.end() && !e->is_null()) {
    if (!e->is_boolean())
      return Error::invalid("education.invalid", "audience.everyone 应为是/否", "audience.everyone must be true or false",
                            "audience.everyone");
    a.everyone = e->get<bool>();
  }
  QF_TRY(a.department_ids, education_id_list(au, "department_ids", "audience.", "学习对象部门"));
  QF_TRY(a.branch_ids, education_id_list(au, "branch_ids", "audience.", "学习对象支部"));
  QF_TRY(a.person_ids, education_id_list(au, "person_ids", "audience.", "学习对象人员"));
  if (auto r = au.find("roles"); r != au.end() && !r->is_null()) {
    if (!r->is_array())
      return Error::invalid("education.invalid", "学习对象角色应为列表", "audience.roles must be a list", "audience.roles");
    for (size_t k = 0; k < r->size(); ++k) {
      if (!(*r)[k].is_string())
        return Error::invalid("education.invalid", fmt::format("学习对象角色第 {} 项应为角色代码", k + 1),
                              fmt::format("audience.roles[{}] must be a role code", k),
                              fmt::format("audience.roles[{}]", k));
      a.roles.push_back((*r)[k].get<std::string>());
    }
  }
  return a;
}

}  // namespace qf::api
