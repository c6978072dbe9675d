#pragma once
// The `audience` object of education's request bodies (study items and training
// courses): {everyone, department_ids, branch_ids, roles, person_ids}; errors name the
// field (audience.department_ids[1] …) in both languages.
#include <string>
#include <vector>

#include "api/api.h"
#include "core/result.h"
#include "domain/education/education.h"

namespace qf::api {

// A list of ids under parent[key]; absent or null: empty.
Result<std::vector<int64_t>> education_id_list(const json& parent, const std::string& key, const std::string& prefix,
                                     const std::string& what_zh);
// body["audience"] (absent: empty audience).
Result<education::Audience> audience_of(const json& b);

}  // namespace qf::api
