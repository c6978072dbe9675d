// The bureau's structure: see structure.h.
#include "domain/org/structure.h"

#include <map>

namespace qf::org {
namespace {

using store::Params;
using store::Row;
using store::Value;

Department department_from(const Row& r) {
  Department d;
  d.id = r.i64("id");
  d.unit_id = r.i64("unit_id");
  d.parent_id = r.opt_i64("parent_id");
  d.name = r.text("name");
  d.code = r.text("code");
  d.sort_order = static_cast<int>(r.i64("sort_order"));
  d.archived_at = r.opt_i64("archived_at");
  d.archive_reason = r.text("archive_reason");
  d.people_count = r.i64("people_count");
  return d;
}

Branch branch_from(const Row& r) {
  Branch b;
  b.id = r.i64("id");
  b.unit_id = r.i64("unit_id");
  b.name = r.text("name");
  b.code = r.text("code");
  b.secretary_person_id = r.opt_i64("secretary_person_id");
  b.secretary_name = r.text("secretary_name");
  b.sort_order = static_cast<int>(r.i64("sort_order"));
  b.archived_at = r.opt_i64("archived_at");
  b.archive_reason = r.text("archive_reason");
  b.people_count = r.i64("people_count");
  return b;
}

Position position_from(const Row& r) {
  Position p;
  p.id = r.i64("id");
  p.department_id = r.i64("department_id");
  p.department_name = r.text("department_name");
  p.name = r.text("name");
  p.is_key_position = r.boolean("is_key_position");
  p.sort_order = static_cast<int>(r.i64("sort_order"));
  p.archived_at = r.opt_i64("archived_at");
  p.archive_reason = r.text("archive_reason");
  return p;
}

Status required(const std::string& value, const std::string& field, const std::string& zh, const std::string& en,
                size_t max_len = 100) {
  if (value.empty()) {
    return Error::invalid("org.required", zh + "不能为空", en + " is required", field);
  }
  if (text_length(value) > max_len) {
    return Error::invalid("org.too_long", zh + "不能超过 " + std::to_string(max_len) + " 个字",
                          en + " must be at most " + std::to_string(max_len) + " characters", field);
  }
  return {};
}

Error map_duplicate(Error e, const std::string& what_zh, const std::string& what_en, const std::string& code) {
  if (e.kind == ErrorKind::kConflict && e.code == "db.unique") {
    return Error::make(ErrorKind::kConflict, "org.duplicate_code",
                       what_zh + "编码“" + code + "”已存在", what_en + " code \"" + code + "\" already exists", "code");
  }
  return e;
}

Status archive_common(store::Connection& conn, std::string_view query, int64_t id, const std::string& reason,
                      int64_t now_ms) {
  if (reason.empty()) {
    return Error::invalid("org.archive_reason", "归档须填写原因", "A reason is required to archive", "reason");
  }
  QF_TRY(int64_t n, conn.execute(query, {now_ms, reason, now_ms, id}));
  if (n == 0) {
    return Error::make(ErrorKind::kConflict, "org.already_archived", "该记录已归档", "This record is already archived");
  }
  return {};
}

}  // namespace

size_t text_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) if ((c & 0xC0) != 0x80) ++n;
  return n;
}

Status check_date(const std::string& d, const std::string& field) {
  auto bad = [&] {
    return Error::invalid("org.bad_date", "日期格式应为 YYYY-MM-DD（如 2024-03-01），实际为“" + d + "”",
                          "Date must be YYYY-MM-DD (e.g. 2024-03-01), got \"" + d + "\"", field);
  };
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return bad();
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) if (d[i] < '0' || d[i] > '9') return bad();
  int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || day < 1) return bad();
  int max = kDays[m - 1] + ((m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) ? 1 : 0);
  if (day > max) return bad();
  return {};
}

Result<Unit> get_unit(store::Connection& conn) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/unit_get")));
  if (rs.empty()) return Error::not_found("单位", "Unit");
  return Unit{rs.front().i64("id"), rs.front().text("name"), rs.front().text("code")};
}

Result<Unit> ensure_unit(store::Connection& conn, const std::string& name, const std::string& code, int64_t now_ms) {
  auto u = get_unit(conn);
  if (u.ok()) return u;
  if (u.error().kind != ErrorKind::kNotFound) return u.take_error();
  QF_TRY_STATUS(required(name, "unit_name", "单位名称", "Unit name"));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "org/unit_insert"), {name, code, now_ms}));
  return Unit{id, name, code};
}

Result<std::vector<Department>> list_departments(store::Connection& conn, bool include_archived) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/departments_list"), {int64_t{include_archived ? 1 : 0}}));
  std::vector<Department> out;
  out.reserve(rs.size());
  for (const Row& r : rs) out.push_back(department_from(r));
  return out;
}

Result<Department> get_department(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/department_get"), {id}));
  if (rs.empty()) return Error::not_found("部门", "Department");
  return department_from(rs.front());
}

std::vector<int64_t> subtree_ids(const std::vector<Department>& all, int64_t root) {
  std::multimap<int64_t, int64_t> children;
  for (const auto& d : all) if (d.parent_id) children.emplace(*d.parent_id, d.id);
  std::vector<int64_t> out{root};
  for (size_t i = 0; i < out.size(); ++i) {
    auto [b, e] = children.equal_range(out[i]);
    for (auto it = b; it != e; ++it) out.push_back(it->second);
  }
  return out;
}

namespace {
Status check_department_input(store::Connection& conn, const DepartmentInput& in) {
  QF_TRY_STATUS(required(in.name, "name", "部门名称", "Department name"));
  QF_TRY_STATUS(required(in.code, "code", "部门编码", "Department code", 50));
  if (in.parent_id) {
    auto p = get_department(conn, *in.parent_id);
    if (!p.ok()) {
      if (p.error().kind == ErrorKind::kNotFound) {
        return Error::invalid("org.bad_parent", "上级部门不存在", "The parent department does not exist", "parent_id");
      }
      return p.take_error();
    }
    if (p->archived_at) {
      return Error::invalid("org.bad_parent", "上级部门已归档", "The parent department is archived", "parent_id");
    }
  }
  return {};
}
}  // namespace

Result<int64_t> create_department(store::Connection& conn, int64_t unit_id, const DepartmentInput& in, int64_t now_ms) {
  QF_TRY_STATUS(check_department_input(conn, in));
  auto id = conn.insert(store::sql(conn, "org/department_insert"),
                        {unit_id, store::opt(in.parent_id), in.name, in.code, int64_t{in.sort_order}, now_ms, now_ms});
  if (!id.ok()) return map_duplicate(id.take_error(), "部门", "Department", in.code);
  return id;
}

Status update_department(store::Connection& conn, int64_t id, const DepartmentInput& in, int64_t now_ms) {
  QF_TRY(Department current, get_department(conn, id));
  (void)current;
  QF_TRY_STATUS(check_department_input(conn, in));
  if (in.parent_id) {
    QF_TRY(auto all, list_departments(conn, true));
    for (int64_t d : subtree_ids(all, id)) {
      if (d == *in.parent_id) {
        return Error::invalid("org.parent_cycle", "上级部门不能是本部门或其下级部门",
                              "The parent cannot be the department itself or one of its sub-departments", "parent_id");
      }
    }
  }
  auto n = conn.execute(store::sql(conn, "org/department_update"),
                        {store::opt(in.parent_id), in.name, in.code, int64_t{in.sort_order}, now_ms, id});
  if (!n.ok()) return map_duplicate(n.take_error(), "部门", "Department", in.code);
  return {};
}

Status archive_department(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY(Department d, get_department(conn, id));
  (void)d;
  QF_TRY(Row children, conn.query_one(store::sql(conn, "org/department_active_children"), {id}));
  if (children.i64("n") > 0) {
    return Error::make(ErrorKind::kConflict, "org.department_in_use",
                       "该部门还有 " + std::to_string(children.i64("n")) + " 个未归档的下级部门，请先处理",
                       "The department still has " + std::to_string(children.i64("n")) + " active sub-departments");
  }
  QF_TRY(Row people, conn.query_one(store::sql(conn, "org/department_active_people"), {id}));
  if (people.i64("n") > 0) {
    return Error::make(ErrorKind::kConflict, "org.department_in_use",
                       "该部门还有 " + std::to_string(people.i64("n")) + " 名在职人员，请先调动",
                       "The department still has " + std::to_string(people.i64("n")) + " active people; transfer them first");
  }
  return archive_common(conn, store::sql(conn, "org/department_archive"), id, reason, now_ms);
}

Result<std::vector<Branch>> list_branches(store::Connection& conn, bool include_archived) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/branches_list"), {int64_t{include_archived ? 1 : 0}}));
  std::vector<Branch> out;
  for (const Row& r : rs) out.push_back(branch_from(r));
  return out;
}

Result<Branch> get_branch(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/branch_get"), {id}));
  if (rs.empty()) return Error::not_found("党支部", "Party branch");
  return branch_from(rs.front());
}

namespace {
Status check_branch_input(const BranchInput& in) {
  QF_TRY_STATUS(required(in.name, "name", "支部名称", "Branch name"));
  QF_TRY_STATUS(required(in.code, "code", "支部编码", "Branch code", 50));
  return {};
}
}  // namespace

Result<int64_t> create_branch(store::Connection& conn, int64_t unit_id, const BranchInput& in, int64_t now_ms) {
  QF_TRY_STATUS(check_branch_input(in));
  auto id = conn.insert(store::sql(conn, "org/branch_insert"),
                        {unit_id, in.name, in.code, store::opt(in.secretary_person_id), int64_t{in.sort_order}, now_ms, now_ms});
  if (!id.ok()) return map_duplicate(id.take_error(), "支部", "Branch", in.code);
  return id;
}

Status update_branch(store::Connection& conn, int64_t id, const BranchInput& in, int64_t now_ms) {
  QF_TRY(Branch b, get_branch(conn, id));
  (void)b;
  QF_TRY_STATUS(check_branch_input(in));
  auto n = conn.execute(store::sql(conn, "org/branch_update"),
                        {in.name, in.code, store::opt(in.secretary_person_id), int64_t{in.sort_order}, now_ms, id});
  if (!n.ok()) return map_duplicate(n.take_error(), "支部", "Branch", in.code);
  return {};
}

Status archive_branch(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY(Branch b, get_branch(conn, id));
  if (b.people_count > 0) {
    return Error::make(ErrorKind::kConflict, "org.branch_in_use", "该支部还有在职党员，请先调整组织关系",
                       "The branch still has active members");
  }
  return archive_common(conn, store::sql(conn, "org/branch_archive"), id, reason, now_ms);
}

Result<std::vector<Position>> list_positions(store::Connection& conn, std::optional<int64_t> department_id,
                                             bool include_archived) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/positions_list"),
                             {store::opt(department_id), store::opt(department_id), int64_t{include_archived ? 1 : 0}}));
  std::vector<Position> out;
  for (const Row& r : rs) out.push_back(position_from(r));
  return out;
}

Result<Position> get_position(store::Connection& conn, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/position_get"), {id}));
  if (rs.empty()) return Error::not_found("岗位", "Position");
  return position_from(rs.front());
}

namespace {
Status check_position_input(store::Connection& conn, const PositionInput& in) {
  QF_TRY_STATUS(required(in.name, "name", "岗位名称", "Position name"));
  auto d = get_department(conn, in.department_id);
  if (!d.ok() || d->archived_at) {
    return Error::invalid("org.bad_department", "岗位所属部门不存在或已归档",
                          "The position's department does not exist or is archived", "department_id");
  }
  return {};
}
}  // namespace

Result<int64_t> create_position(store::Connection& conn, const PositionInput& in, int64_t now_ms) {
  QF_TRY_STATUS(check_position_input(conn, in));
  return conn.insert(store::sql(conn, "org/position_insert"),
                     {in.department_id, in.name, int64_t{in.is_key_position ? 1 : 0}, int64_t{in.sort_order}, now_ms, now_ms});
}

Status update_position(store::Connection& conn, int64_t id, const PositionInput& in, int64_t now_ms) {
  QF_TRY(Position p, get_position(conn, id));
  (void)p;
  QF_TRY_STATUS(check_position_input(conn, in));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "org/position_update"),
                                 {in.department_id, in.name, int64_t{in.is_key_position ? 1 : 0},
                                  int64_t{in.sort_order}, now_ms, id}));
  (void)n;
  return {};
}

Status archive_position(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY(Position p, get_position(conn, id));
  (void)p;
  return archive_common(conn, store::sql(conn, "org/position_archive"), id, reason, now_ms);
}

Result<int64_t> add_oversight(store::Connection& conn, int64_t person_id, int64_t department_id,
                              const std::string& since_date) {
  QF_TRY_STATUS(check_date(since_date, "since_date"));
  return conn.insert(store::sql(conn, "org/oversight_insert"), {person_id, department_id, since_date, nullptr});
}

Result<std::vector<Oversight>> list_oversight(store::Connection& conn, std::optional<int64_t> person_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "org/oversight_list"), {store::opt(person_id), store::opt(person_id)}));
  std::vector<Oversight> out;
  for (const Row& r : rs) {
    out.push_back(Oversight{r.i64("id"), r.i64("person_id"), r.i64("department_id"), r.text("since_date"),
                            r.text("until_date")});
  }
  return out;
}

}  // namespace qf::org
