// Case-driven reform (以案促改, /api/v1/inspections/case-reforms…, part of the
// inspections module, docs/modules/inspections.md). The discipline committee
// (inspection.manage) issues a reform notice from a closed clue it may see or from a
// typical case, with its own summary and analysis and the measures of each department;
// the measures are items of the rectification ledger (the department's feedback and
// the committee's verification go through /inspections/items/{id}/actions). Readers of
// the ledger (inspection.read) see the notices covering the departments their scope
// reaches; the source clue's reference only when they may see the clue. The three
// administrators hold no inspection permission (403 on every route).
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include "api/api.h"
#include "api/request_fields.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/clues/clue_store.h"
#include "domain/dictionary/dictionary.h"
#include "domain/inspections/case_reform.h"
#include "domain/org/data_scope.h"
#include "domain/regulations/links.h"

namespace qf::api {
namespace {

namespace ins = qf::inspections;

std::string today_of(const Call& c) { return auth::beijing_date(c.now_ms()); }

json item_json(const ins::RectificationItem& it, const std::string& today) {
  return json{{"id", it.id},
              {"number", it.number},
              {"owner_department_id", it.owner_department_id},
              {"department_name", it.department_name},
              {"finding", it.finding},
              {"measures", it.measures},
              {"deadline", it.deadline},
              {"state", ins::state_code(it.state)},
              {"state_label_zh", ins::state_label_zh(it.state)},
              {"progress", it.progress},
              {"evidence", it.evidence},
              {"verification", it.verification},
              {"closed_on", it.closed_on},
              {"overdue", it.overdue(today)}};
}

json reform_json(const ins::CaseReform& f, const std::string& today) {
  json deps = json::array();
  for (const auto& d : f.departments) deps.push_back({{"id", d.id}, {"name", d.name}});
  json items = json::array();
  int64_t closed = 0;
  for (const auto& it : f.items) {
    items.push_back(item_json(it, today));
    closed += it.state == ins::RectificationState::kClosed;
  }
  json source{{"kind", f.source_kind},
              {"label_zh", f.source_kind == "clue" ? "已办结问题线索" : "典型案例"}};
  if (f.clue_id) {
    source["clue_id"] = *f.clue_id;
    source["clue_number"] = f.clue_number;
  }
  if (f.education_item_id) source["education_item_id"] = *f.education_item_id;
  return json{{"id", f.id},
              {"number", f.number},
              {"year", f.year},
              {"check_id", f.check_id},
              {"check_number", f.check_number},
              {"source", std::move(source)},
              {"title", f.title},
              {"summary", f.summary},
              {"loopholes", f.loopholes},
              {"issued_on", f.issued_on},
              {"departments", std::move(deps)},
              {"items", std::move(items)},
              {"closed", closed},
              {"created_at", f.created_at}};
}

// GET /inspections/case-reforms
Result<std::pair<json, int64_t>> list_reforms(Call& c) {
  QF_TRY(Paging pg, c.paging());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, ins::list_case_reforms(lease.get(), c.who(), pg.offset(), pg.page_size));
  json out = json::array();
  for (const auto& f : r.first) out.push_back(reform_json(f, today_of(c)));
  return std::make_pair(std::move(out), r.second);
}

// The regulation versions the notice led to (规章制度修订, regulations/links.h).
Result<json> with_rule_changes(store::Connection& conn, const ins::CaseReform& f, const std::string& today) {
  json j = reform_json(f, today);
  QF_TRY(auto changes, qf::regulations::rule_changes_of_reform(conn, f.id));
  json rc = json::array();
  for (const auto& r : changes)
    rc.push_back({{"id", r.id},
                  {"regulation_id", r.regulation_id},
                  {"version_no", r.version_no},
                  {"title", r.title},
                  {"doc_number", r.doc_number},
                  {"effective_on", r.effective_on},
                  {"change_note", r.change_note},
                  {"note", r.note},
                  {"created_at", r.created_at}});
  j["rule_changes"] = std::move(rc);
  return j;
}

// GET /inspections/case-reforms/{id}
Result<json> get_reform(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(ins::CaseReform f, ins::get_case_reform(lease.get(), c.who(), id, today_of(c)));
  return with_rule_changes(lease.get(), f, today_of(c));
}

// POST /inspections/case-reforms/{id}/rule-changes {regulation_id, version_no, note}:
// the notice led to this new version of a regulation (version_no omitted: the latest).
Result<json> add_rule_change(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, c.body());
  if (!b.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  QF_TRY(std::optional<int64_t> regulation_id, id_field(b, "regulation_id"));
  if (!regulation_id)
    return Error::invalid("inspection.invalid", "请选择修订的制度", "regulation_id is required", "regulation_id");
  QF_TRY(std::optional<int64_t> version_no, id_field(b, "version_no"));
  const std::string note = text_field(b, "note");
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t link, qf::regulations::add_rule_change(
                             conn, c.who(), id, *regulation_id,
                             version_no ? std::optional<int>(static_cast<int>(*version_no)) : std::nullopt, note,
                             today_of(c), c.now_ms()));
    QF_TRY(ins::CaseReform f, ins::get_case_reform(conn, c.who(), id, today_of(c)));
    QF_TRY(json j, with_rule_changes(conn, f, today_of(c)));
    c.audit_object_type = "case_reform";
    c.audit_object_id = std::to_string(id);
    for (const auto& r : j["rule_changes"])
      if (r["id"] == link)
        c.audit_summary = fmt::format("以案促改通知 {} 关联制度修订：《{}》第 {} 版", f.number,
                                      r["title"].get<std::string>(), r["version_no"].get<int>());
    return j;
  });
}

// POST /inspections/case-reforms
Result<json> issue_reform(Call& c) {
  QF_TRY(json b, c.body());
  if (!b.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  ins::ReformInput in;
  QF_TRY(in.clue_id, id_field(b, "clue_id"));
  QF_TRY(in.education_item_id, id_field(b, "education_item_id"));
  in.title = text_field(b, "title");
  in.summary = text_field(b, "summary");
  in.loopholes = text_field(b, "loopholes");
  if (auto it = b.find("measures"); it != b.end() && !it->is_null()) {
    if (!it->is_array())
      return Error::invalid("inspection.invalid", "整改建议应为列表", "measures must be a list", "measures");
    for (size_t k = 0; k < it->size(); ++k) {
      const json& m = (*it)[k];
      const std::string f = fmt::format("measures[{}]", k);
      if (!m.is_object())
        return Error::invalid("inspection.invalid", fmt::format("第 {} 条整改建议格式不正确", k + 1),
                              f + " must be an object", f);
      ins::ReformMeasureInput mi;
      QF_TRY(mi.owner_department_id, id_field(m, "owner_department_id", f + ".owner_department_id"));
      mi.problem = text_field(m, "problem");
      mi.measures = text_field(m, "measures");
      mi.deadline = text_field(m, "deadline");
      in.measures.push_back(std::move(mi));
    }
  }
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, ins::create_case_reform(conn, c.who(), in, today_of(c), c.now_ms()));
    QF_TRY(ins::CaseReform f, ins::get_case_reform(conn, c.who(), id, today_of(c)));
    c.audit_object_type = "case_reform";
    c.audit_object_id = std::to_string(id);
    // The number and departments only: never the source clue's number or content.
    std::string deps;
    for (const auto& d : f.departments) deps += (deps.empty() ? "" : "、") + d.name;
    c.audit_summary = fmt::format("发出以案促改通知 {}（{}），整改建议 {} 条，责任部门：{}", f.number,
                                  f.source_kind == "clue" ? "来源：已办结问题线索" : "来源：典型案例", f.items.size(),
                                  deps);
    return reform_json(f, today_of(c));
  });
}

// GET /inspections/case-reforms/sources: the closed clues the caller may see (numbers
// only) and the typical cases, for the notice form.
Result<json> reform_sources(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  json clues = json::array();
  if (c.who().can(auth::perm::kClueHandle)) {
    const auto v = clues::visible_clues(c.who(), "c");
    QF_TRY(auto rows, lease.get().query(
                          org::splice(store::sql(lease.get(), "inspections/reform_source_clues"), "/*VISIBLE*/", v.sql),
                          v.params));
    for (const auto& r : rows) clues.push_back({{"id", r.i64("id")}, {"number", r.text("number")}});
  }
  json cases = json::array();
  QF_TRY(auto rows, lease.get().query(store::sql(lease.get(), "inspections/reform_source_cases")));
  for (const auto& r : rows)
    cases.push_back({{"id", r.i64("id")}, {"title", r.text("title")}, {"published_on", r.text("published_on")}});
  return json{{"clues", std::move(clues)}, {"cases", std::move(cases)}};
}

void register_case_reform(Routes& routes, AppContext&) {
  const std::string read(ins::kInspectionRead), manage(ins::kInspectionManage);
  RouteSpec list{"以案促改通知列表", "Case-driven reform notices", read};
  RouteSpec one{"以案促改通知详情（含各部门整改事项）", "A case-driven reform notice with its items", read};
  RouteSpec sources{"以案促改的案件来源（可见的已办结线索、典型案例）",
                    "Sources for a reform (closed clues the caller sees, typical cases)", manage};
  RouteSpec issue{"发出以案促改通知", "Issue a case-driven reform notice", manage, "inspection.case_reform.issue",
                  R"({"clue_id":12,"title":"关于以某某案为鉴深化以案促改的通知","summary":"某审批岗位人员在项目验收中违规收受礼金","loopholes":"验收环节一人经办、缺少复核","measures":[{"owner_department_id":3,"problem":"项目验收一人经办","measures":"建立验收双人复核和廉政风险提示制度","deadline":"2026-09-30"}]})"};
  routes.list_route("/inspections/case-reforms", list, list_reforms);
  routes.get("/inspections/case-reforms/sources", sources, reform_sources);
  routes.post("/inspections/case-reforms", issue, issue_reform);
  routes.get("/inspections/case-reforms/{id}", one, get_reform);
  RouteSpec rule{"以案促改通知关联制度修订（制度库的新版本）", "Link a reform notice to a regulation's new version",
                 manage, "inspection.case_reform.rule_change", R"({"regulation_id":3,"version_no":2,"note":"增加验收双人复核条款"})"};
  routes.post("/inspections/case-reforms/{id}/rule-changes", rule, add_rule_change);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_case_reform);
