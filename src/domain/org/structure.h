#pragma once
// The bureau's structure: the unit (单位), its department tree (部门/处室), its Party
// branches (党支部 — a separate list that does not coincide with departments),
// positions inside departments (岗位, some marked key positions 关键岗位) and the
// committee members' oversight of departments (分管).
//
// All functions run inside the caller's connection (and transaction, when the caller
// opened one) and never write audit entries themselves: the API layer audits.
// Nothing is deleted: archive_*() records when and why. Errors are bilingual and name
// the field: kInvalid for bad input, kNotFound for unknown ids, kConflict for
// duplicate codes ("org.duplicate_code") and for archiving something still in use.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/org/org_types.h"
#include "store/database.h"

namespace qf::org {

// The unit this installation serves (the first one); kNotFound before `demo`/import.
Result<Unit> get_unit(store::Connection& conn);
// The unit, creating it with `name`/`code` when the database has none.
Result<Unit> ensure_unit(store::Connection& conn, const std::string& name, const std::string& code, int64_t now_ms);

struct DepartmentInput {
  std::optional<int64_t> parent_id;
  std::string name;  // required, ≤ 100 characters
  std::string code;  // required, unique in the unit
  int sort_order = 0;
};
Result<std::vector<Department>> list_departments(store::Connection& conn, bool include_archived);
Result<Department> get_department(store::Connection& conn, int64_t id);
Result<int64_t> create_department(store::Connection& conn, int64_t unit_id, const DepartmentInput& in, int64_t now_ms);
// Refuses a parent that is the department itself or one of its descendants.
Status update_department(store::Connection& conn, int64_t id, const DepartmentInput& in, int64_t now_ms);
// Refuses while active sub-departments or active people remain (field "reason" when empty).
Status archive_department(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms);
// Ids of the department and all its descendants (archived included).
std::vector<int64_t> subtree_ids(const std::vector<Department>& all, int64_t root);

struct BranchInput {
  std::string name;
  std::string code;
  std::optional<int64_t> secretary_person_id;
  int sort_order = 0;
};
Result<std::vector<Branch>> list_branches(store::Connection& conn, bool include_archived);
Result<Branch> get_branch(store::Connection& conn, int64_t id);
Result<int64_t> create_branch(store::Connection& conn, int64_t unit_id, const BranchInput& in, int64_t now_ms);
Status update_branch(store::Connection& conn, int64_t id, const BranchInput& in, int64_t now_ms);
Status archive_branch(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms);

struct PositionInput {
  int64_t department_id = 0;
  std::string name;
  bool is_key_position = false;
  int sort_order = 0;
};
Result<std::vector<Position>> list_positions(store::Connection& conn, std::optional<int64_t> department_id,
                                             bool include_archived);
Result<Position> get_position(store::Connection& conn, int64_t id);
Result<int64_t> create_position(store::Connection& conn, const PositionInput& in, int64_t now_ms);
Status update_position(store::Connection& conn, int64_t id, const PositionInput& in, int64_t now_ms);
Status archive_position(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms);

Result<int64_t> add_oversight(store::Connection& conn, int64_t person_id, int64_t department_id,
                              const std::string& since_date);
Result<std::vector<Oversight>> list_oversight(store::Connection& conn, std::optional<int64_t> person_id);

// Checks 'YYYY-MM-DD' with a real calendar date (field named in the error).
Status check_date(const std::string& date, const std::string& field);
// Length in Unicode code points (for limits users understand).
size_t text_length(const std::string& utf8);

}  // namespace qf::org
