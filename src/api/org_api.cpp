// Organisation endpoints (/api/v1/org/…): unit, department tree, Party branches,
// positions, people with position history, bulk import and XLSX exports. Reads need
// org.read and are filtered by the caller's data scope (domain/org/data_scope.h);
// changes need org.manage and are audited in the same transaction (Call::tx).
#include <fmt/format.h>

#include <map>
#include <memory>
#include <variant>

#include "api/api.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "domain/auth/permissions.h"
#include "domain/org/data_scope.h"
#include "domain/org/org_export.h"
#include "domain/org/org_import.h"
#include "domain/org/people.h"
#include "domain/org/structure.h"
#include "domain/spreadsheet/xlsx_writer.h"
#include "http/json_text.h"
#include "http/versioned_cache.h"
#include "store/change_versions.h"

namespace qf::api {
namespace {

using auth::perm::kOrgManage;
using auth::perm::kOrgRead;

// ---- request parsing (common helpers: api/request_fields.h) -----------------------

Result<std::optional<int64_t>> opt_id(const json& b, const char* k) {
  auto it = b.find(k);
  if (it == b.end() || it->is_null()) return std::optional<int64_t>{};
  if (it->is_number_integer()) return std::optional<int64_t>{it->get<int64_t>()};
  if (it->is_string() && it->get<std::string>().empty()) return std::optional<int64_t>{};
  return Error::invalid("request.id", fmt::format("{} 应为编号（整数）", k), fmt::format("{} must be an id (integer)", k), k);
}

Result<int> int_of(const json& b, const char* k, int dflt) {
  auto it = b.find(k);
  if (it == b.end() || it->is_null()) return dflt;
  if (it->is_number_integer()) return it->get<int>();
  return Error::invalid("request.int", fmt::format("{} 应为整数", k), fmt::format("{} must be an integer", k), k);
}

bool bool_of(const json& b, const char* k, bool dflt = false) {
  auto it = b.find(k);
  if (it == b.end() || it->is_null()) return dflt;
  if (it->is_boolean()) return it->get<bool>();
  if (it->is_number_integer()) return it->get<int64_t>() != 0;
  if (it->is_string()) return it->get<std::string>() == "true" || it->get<std::string>() == "1";
  return dflt;
}

bool include_archived(const Call& c) {
  auto v = c.req.query_param("include_archived");
  return v && (*v == "true" || *v == "1");
}

Result<std::string> reason_of(const Call& c) {
  QF_TRY(json b, c.body());
  return text_field(b, "reason");
}

// ---- JSON of records -------------------------------------------------------------

json department_json(const org::Department& d) {
  return json{{"id", d.id},
              {"name", d.name},
              {"code", d.code},
              {"parent_id", nullable(d.parent_id)},
              {"sort_order", d.sort_order},
              {"archived", d.archived_at.has_value()},
              {"archived_at", nullable(d.archived_at)},
              {"archive_reason", d.archive_reason},
              {"people_count", d.people_count},
              {"children", json::array()}};
}

json branch_json(const org::Branch& b) {
  return json{{"id", b.id},
              {"name", b.name},
              {"code", b.code},
              {"secretary_person_id", nullable(b.secretary_person_id)},
              {"secretary_name", b.secretary_name},
              {"sort_order", b.sort_order},
              {"people_count", b.people_count},
              {"archived", b.archived_at.has_value()},
              {"archive_reason", b.archive_reason}};
}

json position_json(const org::Position& p) {
  return json{{"id", p.id},
              {"department_id", p.department_id},
              {"department_name", p.department_name},
              {"name", p.name},
              {"is_key_position", p.is_key_position},
              {"sort_order", p.sort_order},
              {"archived", p.archived_at.has_value()},
              {"archive_reason", p.archive_reason}};
}

// A person as JSON text, members in alphabetical order (as nlohmann's std::map-backed
// objects had them). The resident ID is shown in full only to organisation managers and
// to the person. Written straight to text: this runs for every row of every people page
// (the hot path of the HTTP benchmark), where building a DOM cost more than the query.
void write_person(http::JsonText& w, const org::Person& p, const auth::Principal& who) {
  const bool full_id = who.can(kOrgManage) || (who.person_id && *who.person_id == p.id);
  auto id_or_null = [&](std::string_view k, const std::optional<int64_t>& v) {
    w.key(k);
    if (v) w.integer(*v);
    else w.null();
  };
  w.begin_object();
  id_or_null("branch_id", p.branch_id);
  w.member("branch_name", p.branch_name);
  w.member("created_at", p.created_at);
  id_or_null("department_id", p.department_id);
  w.member("department_name", p.department_name);
  w.member("employee_no", p.employee_no);
  w.member("gender", p.gender);
  w.member("id", p.id);
  w.member("id_number", full_id ? p.id_number : org::mask_id_number(p.id_number));
  w.member("is_key_position", p.is_key_position);
  w.member("is_leading_cadre", p.is_leading_cadre);
  w.member("joined_date", p.joined_date);
  w.member("name", p.name);
  w.member("party_status", p.party_status);
  w.member("phone", p.phone);
  id_or_null("position_id", p.position_id);
  w.member("position_name", p.position_name);
  w.member("rank", p.rank);
  w.member("status", p.status);
  w.member("updated_at", p.updated_at);
  w.end_object();
}

json person_json(const org::Person& p, const auth::Principal& who) {
  std::string text;
  http::JsonText w(text);
  write_person(w, p, who);
  return json::parse(text);
}

json event_json(const org::PositionEvent& e) {
  return json{{"id", e.id},
              {"person_id", e.person_id},
              {"kind", e.kind},
              {"department_id", nullable(e.department_id)},
              {"department_name", e.department_name},
              {"position_id", nullable(e.position_id)},
              {"position_name", e.position_name},
              {"rank", e.rank},
              {"effective_date", e.effective_date},
              {"note", e.note},
              {"created_at", e.created_at},
              {"created_by", nullable(e.created_by)}};
}

// Departments the caller may see: all for unit-wide scopes; otherwise those in scope
// plus their ancestors (names only, people_count hidden) so the tree stays connected.
std::vector<org::Department> visible_departments(const std::vector<org::Department>& all, const auth::Principal& who,
                                                 std::set<int64_t>* in_scope) {
  std::map<int64_t, const org::Department*> by_id;
  for (const auto& d : all) by_id[d.id] = &d;
  std::set<int64_t> keep;
  for (const auto& d : all) {
    if (!org::can_see_department(who, d.id)) continue;
    in_scope->insert(d.id);
    for (std::optional<int64_t> cur = d.id; cur && by_id.count(*cur) && keep.insert(*cur).second;
         cur = by_id[*cur]->parent_id) {
    }
  }
  std::vector<org::Department> out;
  for (const auto& d : all) {
    if (!keep.count(d.id)) continue;
    out.push_back(d);
    if (!in_scope->count(d.id)) out.back().people_count = 0;
  }
  return out;
}

json department_tree(const std::vector<org::Department>& depts) {
  std::map<std::optional<int64_t>, std::vector<const org::Department*>> children;
  std::set<int64_t> ids;
  for (const auto& d : depts) ids.insert(d.id);
  for (const auto& d : depts) {
    std::optional<int64_t> parent = d.parent_id && ids.count(*d.parent_id) ? d.parent_id : std::nullopt;
    children[parent].push_back(&d);
  }
  std::function<json(std::optional<int64_t>)> build = [&](std::optional<int64_t> parent) {
    json arr = json::array();
    for (const org::Department* d : children[parent]) {
      json j = department_json(*d);
      j["children"] = build(d->id);
      arr.push_back(std::move(j));
    }
    return arr;
  };
  return build(std::nullopt);
}

Result<org::PeopleQuery> people_query(const Call& c, bool paged) {
  org::PeopleQuery q;
  if (auto v = c.req.query_param("q")) q.q = *v;
  QF_TRY(q.department_id, query_id(c, "department_id"));
  QF_TRY(q.branch_id, query_id(c, "branch_id"));
  QF_TRY(q.leading_cadre, query_bool(c, "leading_cadre"));
  QF_TRY(q.party_member, query_bool(c, "party_member"));
  if (auto v = c.req.query_param("status"); v && !v->empty()) {
    if (*v != "active" && *v != "left" && *v != "archived" && *v != "all") {
      return Error::invalid("request.status", "status 应为 active、left、archived 或 all",
                            "status must be active, left, archived or all", "status");
    }
    q.status = *v;
  }
  QF_TRY(Paging pg, c.paging(org::people_sort_keys()));
  q.sort = pg.sort;
  q.descending = pg.descending;
  if (paged) {
    q.limit = pg.page_size;
    q.offset = pg.offset();
  } else {
    q.limit = 0;
  }
  return q;
}

// What a people page depends on besides the data: the query (filters, order, page),
// the caller's data scope as the SQL condition it becomes, and whether full resident
// IDs are shown (organisation managers; everyone sees their own).
std::string people_page_key(const org::PeopleQuery& q, const auth::Principal& who) {
  std::string key;
  http::JsonText w(key);
  org::ScopeCondition scope = org::people_scope(who);
  w.begin_array().string(scope.sql).begin_array();
  for (const auto& v : scope.params) {
    if (const auto* i = std::get_if<int64_t>(&v)) w.integer(*i);
    else if (const auto* t = std::get_if<std::string>(&v)) w.string(*t);
    else w.null();
  }
  w.end_array();
  w.boolean(who.can(kOrgManage));
  if (who.person_id) w.integer(*who.person_id);
  else w.null();
  w.string(q.q);
  for (const auto& id : {q.department_id, q.branch_id}) {
    if (id) w.integer(*id);
    else w.null();
  }
  for (const auto& b : {q.leading_cadre, q.party_member}) {
    if (b) w.boolean(*b);
    else w.null();
  }
  w.string(q.status).string(q.sort).boolean(q.descending).integer(q.limit).integer(q.offset).end_array();
  return key;
}

Result<org::PersonDetails> person_details(const json& b) {
  org::PersonDetails d;
  d.employee_no = text_field(b, "employee_no");
  d.name = text_field(b, "name");
  d.gender = text_field(b, "gender");
  d.id_number = text_field(b, "id_number");
  QF_TRY(d.branch_id, opt_id(b, "branch_id"));
  d.is_leading_cadre = bool_of(b, "is_leading_cadre");
  d.party_status = text_field(b, "party_status");
  if (d.party_status.empty()) d.party_status = "masses";
  d.joined_date = text_field(b, "joined_date");
  d.phone = text_field(b, "phone");
  return d;
}

// ---- handlers --------------------------------------------------------------------

void register_structure(Routes& routes) {
  routes.get("/org/unit", RouteSpec{"本单位", "The unit", std::string(kOrgRead)}, [](Call& c) -> Result<json> {
    QF_TRY(auto lease, c.app.db->acquire());
    QF_TRY(org::Unit u, org::get_unit(lease.get()));
    return json{{"id", u.id}, {"name", u.name}, {"code", u.code}};
  });

  routes.get("/org/departments",
             RouteSpec{"部门树", "Department tree", std::string(kOrgRead), "", "",
                       R"({"data":[{"id":1,"name":"办公室","code":"BGS","parent_id":null,"children":[],"people_count":12}]})"},
             [](Call& c) -> Result<json> {
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(auto all, org::list_departments(lease.get(), include_archived(c)));
               std::set<int64_t> in_scope;
               return department_tree(visible_departments(all, c.who(), &in_scope));
             });

  routes.raw_route("GET", "/org/departments/export", RouteSpec{"导出部门", "Export departments", std::string(kOrgRead)},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(auto lease, c.app.db->acquire());
                     QF_TRY(auto all, org::list_departments(lease.get(), include_archived(c)));
                     std::set<int64_t> in_scope;
                     spreadsheet::XlsxSheet sheet = org::departments_sheet(visible_departments(all, c.who(), &in_scope));
                     ledger_layout(lease.get(), c, sheet, "部门列表",
                                                 filter_words(lease.get(), c, {{"include_archived", "含已撤销", FilterWord::Kind::kBool}}));
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
                     return xlsx_response(std::move(bytes), "部门列表.xlsx");
                   });

  auto department_input = [](Call& c) -> Result<org::DepartmentInput> {
    QF_TRY(json b, c.body());
    org::DepartmentInput in;
    QF_TRY(in.parent_id, opt_id(b, "parent_id"));
    in.name = text_field(b, "name");
    in.code = text_field(b, "code");
    QF_TRY(in.sort_order, int_of(b, "sort_order", 0));
    return in;
  };

  routes.post("/org/departments",
              RouteSpec{"新建部门", "Create a department", std::string(kOrgManage), "org.department.create",
                        R"({"name":"规划处","code":"GHC","parent_id":null,"sort_order":40})"},
              [department_input](Call& c) -> Result<json> {
                QF_TRY(org::DepartmentInput in, department_input(c));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(org::Unit u, org::ensure_unit(conn, c.app.config.org.unit_name, "UNIT", c.now_ms()));
                  QF_TRY(int64_t id, org::create_department(conn, u.id, in, c.now_ms()));
                  c.audit_object_type = "department";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = fmt::format("新建部门 {}（{}）", in.name, in.code);
                  QF_TRY(org::Department d, org::get_department(conn, id));
                  return department_json(d);
                });
              });

  routes.put("/org/departments/{id}",
             RouteSpec{"修改部门", "Update a department", std::string(kOrgManage), "org.department.update"},
             [department_input](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(org::DepartmentInput in, department_input(c));
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY(org::Department before, org::get_department(conn, id));
                 QF_TRY_STATUS(org::update_department(conn, id, in, c.now_ms()));
                 c.audit_object_type = "department";
                 c.audit_object_id = std::to_string(id);
                 c.audit_summary = fmt::format("部门 {}（{}）→ {}（{}）", before.name, before.code, in.name, in.code);
                 QF_TRY(org::Department d, org::get_department(conn, id));
                 return department_json(d);
               });
             });

  routes.post("/org/departments/{id}/archive",
              RouteSpec{"归档部门", "Archive a department", std::string(kOrgManage), "org.department.archive",
                        R"({"reason":"机构改革撤并"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(std::string reason, reason_of(c));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY_STATUS(org::archive_department(conn, id, reason, c.now_ms()));
                  c.audit_object_type = "department";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = "归档原因：" + reason;
                  QF_TRY(org::Department d, org::get_department(conn, id));
                  return department_json(d);
                });
              });

  // Party branches.
  routes.list_route("/org/branches", RouteSpec{"党支部列表", "Party branches", std::string(kOrgRead)},
                    [](Call& c) -> Result<std::pair<json, int64_t>> {
                      QF_TRY(Paging pg, c.paging({}));
                      QF_TRY(auto lease, c.app.db->acquire());
                      QF_TRY(auto all, org::list_branches(lease.get(), include_archived(c)));
                      json items = json::array();
                      int64_t total = 0;
                      for (const auto& b : all) {
                        if (!c.who().unit_wide && !c.who().branch_ids.count(b.id)) continue;
                        if (total >= pg.offset() && total < pg.offset() + pg.page_size) items.push_back(branch_json(b));
                        ++total;
                      }
                      return std::make_pair(std::move(items), total);
                    });
  routes.raw_route("GET", "/org/branches/export", RouteSpec{"导出党支部", "Export Party branches", std::string(kOrgRead)},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(auto lease, c.app.db->acquire());
                     QF_TRY(auto all, org::list_branches(lease.get(), include_archived(c)));
                     std::vector<org::Branch> visible;
                     for (const auto& b : all) if (c.who().unit_wide || c.who().branch_ids.count(b.id)) visible.push_back(b);
                     spreadsheet::XlsxSheet sheet = org::branches_sheet(visible);
                     ledger_layout(lease.get(), c, sheet, "党支部列表",
                                                 filter_words(lease.get(), c, {{"include_archived", "含已撤销", FilterWord::Kind::kBool}}));
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
                     return xlsx_response(std::move(bytes), "党支部列表.xlsx");
                   });
  routes.get("/org/branches/{id}", RouteSpec{"党支部详情", "A Party branch", std::string(kOrgRead)},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               if (!c.who().unit_wide && !c.who().branch_ids.count(id)) return Error::not_found("党支部", "Party branch");
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(org::Branch b, org::get_branch(lease.get(), id));
               return branch_json(b);
             });
  auto branch_input = [](Call& c) -> Result<org::BranchInput> {
    QF_TRY(json b, c.body());
    org::BranchInput in;
    in.name = text_field(b, "name");
    in.code = text_field(b, "code");
    QF_TRY(in.secretary_person_id, opt_id(b, "secretary_person_id"));
    QF_TRY(in.sort_order, int_of(b, "sort_order", 0));
    return in;
  };
  routes.post("/org/branches",
              RouteSpec{"新建党支部", "Create a Party branch", std::string(kOrgManage), "org.branch.create",
                        R"({"name":"第一党支部","code":"ZB01","secretary_person_id":12})"},
              [branch_input](Call& c) -> Result<json> {
                QF_TRY(org::BranchInput in, branch_input(c));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(org::Unit u, org::ensure_unit(conn, c.app.config.org.unit_name, "UNIT", c.now_ms()));
                  QF_TRY(int64_t id, org::create_branch(conn, u.id, in, c.now_ms()));
                  c.audit_object_type = "branch";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = fmt::format("新建党支部 {}（{}）", in.name, in.code);
                  QF_TRY(org::Branch b, org::get_branch(conn, id));
                  return branch_json(b);
                });
              });
  routes.put("/org/branches/{id}", RouteSpec{"修改党支部", "Update a Party branch", std::string(kOrgManage), "org.branch.update"},
             [branch_input](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(org::BranchInput in, branch_input(c));
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY_STATUS(org::update_branch(conn, id, in, c.now_ms()));
                 c.audit_object_type = "branch";
                 c.audit_object_id = std::to_string(id);
                 c.audit_summary = fmt::format("党支部 → {}（{}）", in.name, in.code);
                 QF_TRY(org::Branch b, org::get_branch(conn, id));
                 return branch_json(b);
               });
             });
  routes.post("/org/branches/{id}/archive",
              RouteSpec{"归档党支部", "Archive a Party branch", std::string(kOrgManage), "org.branch.archive"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(std::string reason, reason_of(c));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY_STATUS(org::archive_branch(conn, id, reason, c.now_ms()));
                  c.audit_object_type = "branch";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = "归档原因：" + reason;
                  QF_TRY(org::Branch b, org::get_branch(conn, id));
                  return branch_json(b);
                });
              });

  // Positions.
  routes.list_route("/org/positions", RouteSpec{"岗位列表", "Positions", std::string(kOrgRead)},
                    [](Call& c) -> Result<std::pair<json, int64_t>> {
                      QF_TRY(Paging pg, c.paging({}));
                      QF_TRY(auto dept, query_id(c, "department_id"));
                      QF_TRY(auto lease, c.app.db->acquire());
                      QF_TRY(auto all, org::list_positions(lease.get(), dept, include_archived(c)));
                      json items = json::array();
                      int64_t total = 0;
                      for (const auto& p : all) {
                        if (!org::can_see_department(c.who(), p.department_id)) continue;
                        if (total >= pg.offset() && total < pg.offset() + pg.page_size) items.push_back(position_json(p));
                        ++total;
                      }
                      return std::make_pair(std::move(items), total);
                    });
  routes.raw_route("GET", "/org/positions/export", RouteSpec{"导出岗位", "Export positions", std::string(kOrgRead)},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(auto dept, query_id(c, "department_id"));
                     QF_TRY(auto lease, c.app.db->acquire());
                     QF_TRY(auto all, org::list_positions(lease.get(), dept, include_archived(c)));
                     std::vector<org::Position> visible;
                     for (const auto& p : all) if (org::can_see_department(c.who(), p.department_id)) visible.push_back(p);
                     spreadsheet::XlsxSheet sheet = org::positions_sheet(visible);
                     ledger_layout(lease.get(), c, sheet, "岗位列表",
                                                 filter_words(lease.get(), c,
                                                              {{"department_id", "部门", FilterWord::Kind::kDepartment},
                                                               {"include_archived", "含已撤销", FilterWord::Kind::kBool}}));
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
                     return xlsx_response(std::move(bytes), "岗位列表.xlsx");
                   });
  routes.get("/org/positions/{id}", RouteSpec{"岗位详情", "A position", std::string(kOrgRead)},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(org::Position p, org::get_position(lease.get(), id));
               if (!org::can_see_department(c.who(), p.department_id)) return Error::not_found("岗位", "Position");
               return position_json(p);
             });
  auto position_input = [](Call& c) -> Result<org::PositionInput> {
    QF_TRY(json b, c.body());
    org::PositionInput in;
    QF_TRY(auto dept, opt_id(b, "department_id"));
    in.department_id = dept.value_or(0);
    in.name = text_field(b, "name");
    in.is_key_position = bool_of(b, "is_key_position");
    QF_TRY(in.sort_order, int_of(b, "sort_order", 0));
    return in;
  };
  routes.post("/org/positions",
              RouteSpec{"新建岗位", "Create a position", std::string(kOrgManage), "org.position.create",
                        R"({"department_id":3,"name":"行政审批岗","is_key_position":true})"},
              [position_input](Call& c) -> Result<json> {
                QF_TRY(org::PositionInput in, position_input(c));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(int64_t id, org::create_position(conn, in, c.now_ms()));
                  c.audit_object_type = "position";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = fmt::format("新建岗位 {}{}", in.name, in.is_key_position ? "（关键岗位）" : "");
                  QF_TRY(org::Position p, org::get_position(conn, id));
                  return position_json(p);
                });
              });
  routes.put("/org/positions/{id}", RouteSpec{"修改岗位", "Update a position", std::string(kOrgManage), "org.position.update"},
             [position_input](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(org::PositionInput in, position_input(c));
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY_STATUS(org::update_position(conn, id, in, c.now_ms()));
                 c.audit_object_type = "position";
                 c.audit_object_id = std::to_string(id);
                 c.audit_summary = fmt::format("岗位 → {}{}", in.name, in.is_key_position ? "（关键岗位）" : "");
                 QF_TRY(org::Position p, org::get_position(conn, id));
                 return position_json(p);
               });
             });
  routes.post("/org/positions/{id}/archive",
              RouteSpec{"归档岗位", "Archive a position", std::string(kOrgManage), "org.position.archive"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(std::string reason, reason_of(c));
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY_STATUS(org::archive_position(conn, id, reason, c.now_ms()));
                  c.audit_object_type = "position";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = "归档原因：" + reason;
                  QF_TRY(org::Position p, org::get_position(conn, id));
                  return position_json(p);
                });
              });
}

void register_people(Routes& routes) {
  // The list is kept serialised in memory per (query, data scope, ID visibility) and
  // reused while the organisation's change version is unchanged (store/change_versions.h):
  // any write to people, departments, branches or positions — in this process or another
  // on the same database — bumps it in the writer's transaction.
  auto pages = std::make_shared<http::VersionedCache>();
  routes.raw_route("GET", "/org/people",
                   RouteSpec{"人员列表（按数据范围）", "People (within the caller's data scope)", std::string(kOrgRead), "",
                             "",
                             R"({"data":[{"id":1,"employee_no":"100001","name":"张伟"}],"meta":{"page":1,"page_size":20,"total":300}})"},
                   [pages](Call& c) -> Result<http::Response> {
                     QF_TRY(org::PeopleQuery q, people_query(c, true));
                     QF_TRY(Paging pg, c.paging(org::people_sort_keys()));
                     QF_TRY(auto lease, c.app.db->acquire());
                     // Read before the page: a write after this read makes the stored page unreachable.
                     QF_TRY(int64_t version, store::change_version(lease.get(), store::kOrgTopic));
                     const std::string key = people_page_key(q, c.who());
                     auto body = pages->find(key, version);
                     if (!body) {
                       QF_TRY(auto r, org::search_people(lease.get(), c.who(), q));
                       auto text = std::make_shared<std::string>();
                       text->reserve(1024 + 640 * r.first.size());
                       http::JsonText w(*text);
                       w.begin_object().key("data").begin_array();
                       for (const auto& p : r.first) write_person(w, p, c.who());
                       w.end_array().key("meta").begin_object();
                       w.member("page", int64_t{pg.page}).member("page_size", int64_t{pg.page_size});
                       w.member("total", r.second).end_object().end_object();
                       body = text;
                       pages->put(key, version, std::move(text));
                     }
                     return http::Response::text(200, *body, "application/json; charset=utf-8");
                   });

  routes.raw_route("GET", "/org/people/export", RouteSpec{"导出人员", "Export people", std::string(kOrgRead)},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(org::PeopleQuery q, people_query(c, false));
                     QF_TRY(auto lease, c.app.db->acquire());
                     QF_TRY(auto r, org::search_people(lease.get(), c.who(), q));
                     spreadsheet::XlsxSheet sheet = org::people_sheet(r.first, c.who().can(kOrgManage));
                     ledger_layout(lease.get(), c, sheet, "人员名单",
                                                 filter_words(lease.get(), c,
                                                              {{"department_id", "部门", FilterWord::Kind::kDepartment},
                                                               {"q", "关键字"},
                                                               {"leading_cadre", "领导干部", FilterWord::Kind::kBool},
                                                               {"party_member", "党员", FilterWord::Kind::kBool},
                                                               {"status", "人员状态"}}));
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
                     return xlsx_response(std::move(bytes), "人员名单.xlsx");
                   });

  routes.get("/org/people/{id}", RouteSpec{"人员详情", "A person", std::string(kOrgRead)}, [](Call& c) -> Result<json> {
    QF_TRY(int64_t id, c.id_param());
    QF_TRY(auto lease, c.app.db->acquire());
    QF_TRY(org::Person p, org::get_person(lease.get(), c.who(), id));
    json j = person_json(p, c.who());
    QF_TRY(auto ov, org::list_oversight(lease.get(), p.id));
    json o = json::array();
    for (const auto& x : ov) {
      o.push_back({{"department_id", x.department_id}, {"since_date", x.since_date}, {"until_date", x.until_date}});
    }
    j["oversight"] = std::move(o);
    return j;
  });

  routes.get("/org/people/{id}/positions", RouteSpec{"岗位变动历史", "Position history", std::string(kOrgRead)},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(auto lease, c.app.db->acquire());
               QF_TRY(org::Person p, org::get_person(lease.get(), c.who(), id));
               QF_TRY(auto events, org::position_history(lease.get(), p.id));
               json arr = json::array();
               for (const auto& e : events) arr.push_back(event_json(e));
               return arr;
             });

  routes.post("/org/people",
              RouteSpec{"新增人员（同时记录任职）", "Create a person (with an appointment event)", std::string(kOrgManage),
                        "org.person.create",
                        R"({"employee_no":"100301","name":"李娜","gender":"female","department_id":3,"position_id":7,"rank":"officer","party_status":"member","joined_date":"2024-07-01"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(json b, c.body());
                QF_TRY(org::PersonDetails d, person_details(b));
                org::Placement pl;
                QF_TRY(pl.department_id, opt_id(b, "department_id"));
                QF_TRY(pl.position_id, opt_id(b, "position_id"));
                pl.rank = text_field(b, "rank");
                if (pl.rank.empty()) pl.rank = "none";
                pl.effective_date = text_field(b, "effective_date");
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(org::Unit u, org::ensure_unit(conn, c.app.config.org.unit_name, "UNIT", c.now_ms()));
                  QF_TRY(int64_t id, org::create_person(conn, u.id, d, pl, c.who().account_id, c.now_ms()));
                  c.audit_object_type = "person";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = fmt::format("新增人员 {}（工号 {}）", d.name, d.employee_no);
                  QF_TRY(org::Person p, org::get_person_unscoped(conn, id));
                  return person_json(p, c.who());
                });
              });

  routes.put("/org/people/{id}",
             RouteSpec{"修改人员信息（不含岗位）", "Update a person's details (not placement)", std::string(kOrgManage),
                       "org.person.update"},
             [](Call& c) -> Result<json> {
               QF_TRY(int64_t id, c.id_param());
               QF_TRY(json b, c.body());
               QF_TRY(org::PersonDetails d, person_details(b));
               return c.tx([&](store::Connection& conn) -> Result<json> {
                 QF_TRY(org::Person before, org::get_person_unscoped(conn, id));
                 if (d.employee_no.empty()) d.employee_no = before.employee_no;
                 if (d.id_number.find('*') != std::string::npos) d.id_number = before.id_number;  // masked echo
                 QF_TRY_STATUS(org::update_person(conn, id, d, c.now_ms()));
                 c.audit_object_type = "person";
                 c.audit_object_id = std::to_string(id);
                 std::string changes;
                 auto diff = [&](const char* label, const std::string& a, const std::string& z) {
                   if (a != z) changes += fmt::format("{}{}: {} → {}", changes.empty() ? "" : "; ", label, a, z);
                 };
                 diff("姓名", before.name, d.name);
                 diff("性别", before.gender, d.gender);
                 diff("政治面貌", before.party_status, d.party_status);
                 diff("领导干部", before.is_leading_cadre ? "是" : "否", d.is_leading_cadre ? "是" : "否");
                 diff("入职日期", before.joined_date, d.joined_date);
                 diff("党支部", before.branch_id ? std::to_string(*before.branch_id) : "",
                      d.branch_id ? std::to_string(*d.branch_id) : "");
                 if (before.id_number != d.id_number) changes += std::string(changes.empty() ? "" : "; ") + "身份证号已修改";
                 c.audit_summary = fmt::format("人员 {}（{}）{}", before.name, before.employee_no,
                                               changes.empty() ? "无变化" : changes);
                 QF_TRY(org::Person p, org::get_person_unscoped(conn, id));
                 return person_json(p, c.who());
               });
             });

  routes.post("/org/people/{id}/position-events",
              RouteSpec{"记录岗位变动（任职/晋升/调动/离岗）", "Record a position change (appoint/promote/transfer/leave)",
                        std::string(kOrgManage), "org.person.position_event",
                        R"({"kind":"promote","department_id":3,"position_id":7,"rank":"deputy_section","effective_date":"2026-03-01","note":"2026年第1批提拔"})"},
              [](Call& c) -> Result<json> {
                QF_TRY(int64_t id, c.id_param());
                QF_TRY(json b, c.body());
                org::PositionEventInput in;
                in.kind = text_field(b, "kind");
                QF_TRY(in.department_id, opt_id(b, "department_id"));
                QF_TRY(in.position_id, opt_id(b, "position_id"));
                in.rank = text_field(b, "rank");
                in.effective_date = text_field(b, "effective_date");
                in.note = text_field(b, "note");
                return c.tx([&](store::Connection& conn) -> Result<json> {
                  QF_TRY(org::Person before, org::get_person_unscoped(conn, id));
                  QF_TRY(int64_t ev, org::record_position_event(conn, id, in, c.who().account_id, c.now_ms()));
                  QF_TRY(org::Person after, org::get_person_unscoped(conn, id));
                  c.audit_object_type = "person";
                  c.audit_object_id = std::to_string(id);
                  c.audit_summary = fmt::format("{}（{}）{} {}：{}/{}/{} → {}/{}/{}", before.name, before.employee_no, in.kind,
                                                in.effective_date, before.department_name, before.position_name, before.rank,
                                                after.department_name, after.position_name, after.rank);
                  QF_TRY(auto events, org::position_history(conn, id));
                  for (const auto& e : events) if (e.id == ev) return json{{"event", event_json(e)}, {"person", person_json(after, c.who())}};
                  return Error::internal("position event vanished");
                });
              });
}

Result<org::ImportKind> import_kind(const Call& c) {
  auto k = c.req.query_param("kind");
  auto kind = org::import_kind_from(k ? *k : "");
  if (!kind) {
    return Error::invalid("request.kind", "kind 应为 people（人员）或 departments（部门）",
                          "kind must be people or departments", "kind");
  }
  return *kind;
}

json check_json(const org::ImportCheck& chk) {
  json errors = json::array();
  for (const auto& e : chk.errors) {
    errors.push_back({{"row", e.row}, {"field", e.field}, {"message_zh", e.message_zh}, {"message_en", e.message_en}});
  }
  json rows = json::array();
  for (const auto& r : chk.rows) {
    json o = json::object();
    for (const auto& [k, v] : r) {
      if (k == "row") o[k] = std::stoll(v);
      else o[k] = v;
    }
    rows.push_back(std::move(o));
  }
  return json{{"valid", chk.valid}, {"total_rows", chk.total_rows}, {"rows", std::move(rows)},
              {"errors", std::move(errors)}, {"created", chk.created}, {"updated", chk.updated},
              {"samples", chk.samples}};
}

org::ImportOptions import_options(const Call& c) {
  org::ImportOptions o;
  o.max_rows = c.app.config.org.import_max_rows;
  o.actor = c.who().account_id;
  o.now_ms = c.now_ms();
  o.unit_name = c.app.config.org.unit_name;
  return o;
}

std::string filename_of(const Call& c) {
  auto f = c.req.query_param("filename");
  return f && !f->empty() ? *f : std::string("upload");
}

void register_import(Routes& routes) {
  routes.post("/org/import/preview",
              RouteSpec{"导入预览（逐行校验，不保存）", "Import preview (row-by-row check, saves nothing)",
                        std::string(kOrgManage), "org.import.preview"},
              [](Call& c) -> Result<json> {
                QF_TRY(org::ImportKind kind, import_kind(c));
                std::string filename = filename_of(c);
                c.audit_object_type = "import";
                c.audit_summary = "预览 " + filename;
                // Runs in a transaction that is always rolled back: a preview writes nothing.
                std::optional<org::ImportCheck> chk;
                Status st = c.app.db->transaction([&](store::Connection& conn) -> Status {
                  QF_TRY(auto r, org::check_import(conn, kind, c.req.body, filename, import_options(c)));
                  chk = std::move(r);
                  return Error::make(ErrorKind::kConflict, "rollback", "", "");
                });
                if (!chk) return st.take_error();
                return check_json(*chk);
              });

  routes.raw_route("POST", "/org/import/commit",
                   RouteSpec{"确认导入（任一行有误则全部不保存）", "Commit an import (nothing is saved if any row is invalid)",
                             std::string(kOrgManage), "org.import.commit"},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(org::ImportKind kind, import_kind(c));
                     std::string filename = filename_of(c);
                     c.audit_object_type = "import";
                     std::optional<org::ImportCheck> chk;
                     auto r = c.tx([&](store::Connection& conn) -> Result<int64_t> {
                       QF_TRY(auto res, org::commit_import(conn, kind, c.req.body, filename, import_options(c)));
                       chk = std::move(res);
                       if (!chk->valid) return Error::invalid("org.import.invalid", "", "");
                       c.audit_summary = fmt::format("导入 {}：新增 {}，更新 {}", filename, chk->created, chk->updated);
                       return chk->created + chk->updated;
                     });
                     if (r.ok()) {
                       json body{{"data", {{"imported", *r}, {"created", chk->created}, {"updated", chk->updated}}}};
                       return http::Response::text(200, body.dump(-1, ' ', false, json::error_handler_t::replace),
                                                   "application/json; charset=utf-8");
                     }
                     if (!chk || chk->valid) return r.take_error();
                     json err = error_json(Error::invalid(
                         "org.import.invalid",
                         fmt::format("文件“{}”有 {} 处错误，未导入任何数据", filename, chk->errors.size()),
                         fmt::format("File \"{}\" has {} problems; nothing was imported", filename, chk->errors.size()),
                         filename));
                     json details = check_json(*chk)["errors"];
                     if (err.contains("error")) err["error"]["details"] = details;
                     else err["details"] = details;
                     c.audit_summary = fmt::format("导入 {} 被拒绝：{} 处错误", filename, chk->errors.size());
                     (void)c.app.db->transaction([&](store::Connection& conn) { return c.append_audit(conn, false); });
                     c.audited = true;
                     return http::Response::text(400, err.dump(-1, ' ', false, json::error_handler_t::replace),
                                                 "application/json; charset=utf-8");
                   });

  routes.raw_route("GET", "/org/import/template", RouteSpec{"下载导入模板", "Download the import template", std::string(kOrgRead)},
                   [](Call& c) -> Result<http::Response> {
                     QF_TRY(org::ImportKind kind, import_kind(c));
                     QF_TRY(std::string bytes, spreadsheet::write_xlsx(org::import_template(kind)));
                     return xlsx_response(std::move(bytes),
                                          kind == org::ImportKind::kPeople ? "人员导入模板.xlsx" : "部门导入模板.xlsx");
                   });
}

void register_org(Routes& routes, AppContext&) {
  register_structure(routes);
  register_people(routes);
  register_import(routes);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_org);
