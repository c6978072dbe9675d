// Special supervision checks and the rectification ledger (监督检查与整改,
// /api/v1/inspections…, docs/modules/inspections.md). The discipline committee
// (inspection.manage) plans checks — kind, plan, scope, checklist — records findings as
// ledger items with owner department, measures and deadline, and verifies what the owner
// department reports (accept → 已销号, or send back with a reason). The owner department's
// heads (rectification.report) report progress and completion with evidence. Readers
// (inspection.read) see the items of the departments their data scope reaches; an item
// or check outside it answers exactly like an absent one. Overdue and due-soon items and
// items awaiting verification reach the message centre (feed inspections.rectification).
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>

#include "api/api.h"
#include "api/request_fields.h"
#include "core/calendar.h"
#include "domain/auth/login.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"
#include "domain/inspections/inspection.h"
#include "domain/inspections/inspections_config.h"
#include "domain/inspections/ledger_export.h"
#include "domain/inspections/rectification_messages.h"
#include "domain/org/structure.h"

QF_REGISTER_CONFIG_SECTION("inspections");

using qf::auth::Role;
QF_REGISTER_PERMISSION("inspection.read", "查看监督检查与整改台账", "Read special checks and the rectification ledger",
                       Role::kPartySecretary, Role::kCommitteeMember, Role::kDisciplineSecretary,
                       Role::kDisciplineMember, Role::kDeptHead);
QF_REGISTER_PERMISSION("inspection.manage", "组织专项检查、登记问题、核查销号",
                       "Plan special checks, record findings, verify rectification", Role::kDisciplineSecretary,
                       Role::kDisciplineMember);
QF_REGISTER_PERMISSION("rectification.report", "报送本部门整改进展", "Report the department's rectification",
                       Role::kDeptHead);

namespace qf::api {
namespace {

namespace ins = qf::inspections;

std::string today_of(const Call& c) { return auth::beijing_date(c.now_ms()); }

json check_json(const ins::SupervisionCheck& k) {
  json depts = json::array();
  for (const auto& d : k.departments) depts.push_back({{"id", d.id}, {"name", d.name}});
  json list = json::array();
  for (const auto& p : k.checklist) list.push_back({{"id", p.id}, {"seq", p.seq}, {"content", p.content}});
  return json{{"id", k.id},
              {"number", k.number},
              {"year", k.year},
              {"kind", k.kind},
              {"kind_label_zh", dictionary::label_zh("inspection.kind", k.kind)},
              {"title", k.title},
              {"plan", k.plan},
              {"start_date", k.start_date},
              {"end_date", k.end_date},
              {"departments", std::move(depts)},
              {"checklist", std::move(list)},
              {"items", k.items},
              {"closed", k.closed},
              {"archived", k.archived_at.has_value()},
              {"created_at", k.created_at}};
}

json item_json(const Call& c, const ins::RectificationItem& it) {
  json actions = json::array();
  for (auto a : {ins::RectificationAction::kProgress, ins::RectificationAction::kReport,
                 ins::RectificationAction::kAccept, ins::RectificationAction::kReturn})
    if (c.who().can(ins::permission_of(a)) && ins::next_state(it.state, a).ok())
      actions.push_back(std::string(ins::action_code(a)));
  json steps = json::array();
  for (const auto& s : it.steps)
    steps.push_back({{"id", s.id},
                     {"action", s.action},
                     {"from_state", s.from_state ? json(*s.from_state) : json(nullptr)},
                     {"to_state", s.to_state},
                     {"note", s.note},
                     {"evidence", s.evidence},
                     {"by_name", s.by_name},
                     {"at", s.at}});
  return json{{"id", it.id},
              {"number", it.number},
              {"check_id", it.check_id},
              {"check_number", it.check_number},
              {"check_title", it.check_title},
              {"check_kind", it.check_kind},
              {"checklist_item_id", nullable(it.checklist_item_id)},
              {"checklist_content", it.checklist_content},
              {"finding", it.finding},
              {"owner_department_id", it.owner_department_id},
              {"department_name", it.department_name},
              {"measures", it.measures},
              {"deadline", it.deadline},
              {"state", std::string(ins::state_code(it.state))},
              {"overdue", it.overdue(today_of(c))},
              {"progress", it.progress},
              {"evidence", it.evidence},
              {"verification", it.verification},
              {"reported_at", nullable(it.reported_at)},
              {"closed_at", nullable(it.closed_at)},
              {"closed_on", it.closed_on.empty() ? json(nullptr) : json(it.closed_on)},
              {"actions", std::move(actions)},
              {"steps", std::move(steps)},
              {"created_at", it.created_at},
              {"updated_at", it.updated_at}};
}

Result<json> object_body(const Call& c) {
  QF_TRY(json b, c.body());
  if (!b.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  return b;
}

// GET /inspections/checks
Result<std::pair<json, int64_t>> list_checks(Call& c) {
  QF_TRY(Paging pg, c.paging());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, ins::list_checks(lease.get(), c.who(), ins::Page{pg.offset(), pg.page_size}));
  json items = json::array();
  for (const auto& k : r.first) items.push_back(check_json(k));
  return std::make_pair(std::move(items), r.second);
}

// GET /inspections/checks/{id}
Result<json> get_check(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(ins::SupervisionCheck k, ins::get_check(lease.get(), c.who(), id));
  return check_json(k);
}

// POST /inspections/checks
Result<json> create_check(Call& c) {
  QF_TRY(json b, object_body(c));
  ins::CheckInput in;
  in.kind = text_field(b, "kind");
  in.title = text_field(b, "title");
  in.plan = text_field(b, "plan");
  in.start_date = text_field(b, "start_date");
  in.end_date = text_field(b, "end_date");
  if (auto it = b.find("department_ids"); it != b.end() && !it->is_null()) {
    if (!it->is_array())
      return Error::invalid("inspection.invalid", "检查范围应为部门编号列表", "department_ids must be a list of ids",
                            "department_ids");
    for (size_t k = 0; k < it->size(); ++k) {
      const json& v = (*it)[k];
      if (!v.is_number_integer() || v.get<int64_t>() <= 0)
        return Error::invalid("inspection.invalid", fmt::format("检查范围第 {} 项应为部门编号", k + 1),
                              fmt::format("department_ids[{}] must be a department id", k),
                              fmt::format("department_ids[{}]", k));
      in.department_ids.push_back(v.get<int64_t>());
    }
  }
  if (auto it = b.find("checklist"); it != b.end() && !it->is_null()) {
    if (!it->is_array())
      return Error::invalid("inspection.invalid", "检查要点应为文字列表", "checklist must be a list of texts", "checklist");
    for (size_t k = 0; k < it->size(); ++k) {
      const json& v = (*it)[k];
      if (!v.is_string())
        return Error::invalid("inspection.invalid", fmt::format("检查要点第 {} 条应为文字", k + 1),
                              fmt::format("checklist[{}] must be text", k), fmt::format("checklist[{}]", k));
      in.checklist.push_back(v.get<std::string>());
    }
  }
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, ins::create_check(conn, in, c.who().account_id, c.now_ms()));
    QF_TRY(ins::SupervisionCheck k, ins::get_check(conn, c.who(), id));
    c.audit_object_type = "inspection_check";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("制定专项检查 {}（{}，{} 至 {}，{} 个部门）", k.number,
                                  dictionary::label_zh("inspection.kind", k.kind), k.start_date, k.end_date,
                                  k.departments.size());
    return check_json(k);
  });
}

// POST /inspections/checks/{id}/archive
Result<json> archive_check(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  const std::string reason = text_field(b, "reason");
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY_STATUS(ins::archive_check(conn, c.who(), id, reason, c.now_ms()));
    QF_TRY(ins::SupervisionCheck k, ins::get_check(conn, c.who(), id));
    c.audit_object_type = "inspection_check";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = "归档专项检查 " + k.number + "；原因：" + reason;
    return json{{"id", id}, {"archived", true}};
  });
}

// POST /inspections/checks/{id}/items
Result<json> create_item(Call& c) {
  QF_TRY(int64_t check_id, c.id_param());
  QF_TRY(json b, object_body(c));
  ins::ItemInput in;
  in.finding = text_field(b, "finding");
  in.measures = text_field(b, "measures");
  in.deadline = text_field(b, "deadline");
  QF_TRY(in.owner_department_id, id_field(b, "owner_department_id"));
  QF_TRY(in.checklist_item_id, id_field(b, "checklist_item_id"));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, ins::create_item(conn, c.who(), check_id, in, c.now_ms()));
    QF_TRY(ins::RectificationItem it, ins::get_item(conn, c.who(), id));
    c.audit_object_type = "rectification_item";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("登记整改事项 {}（责任部门 {}，整改时限 {}）", it.number, it.department_name, it.deadline);
    return item_json(c, it);
  });
}

Result<ins::LedgerQuery> ledger_query(const Call& c) {
  ins::LedgerQuery q;
  QF_TRY(q.check_id, query_id(c, "check_id"));
  QF_TRY(q.department_id, query_id(c, "department_id"));
  if (auto s = c.req.query_param("state"); s && !s->empty()) {
    q.state = ins::state_from_code(*s);
    if (!q.state)
      return Error::invalid("inspection.invalid", "参数 state 应为 rectifying、reported 或 closed",
                            "state must be rectifying, reported or closed", "state");
  }
  QF_TRY(auto overdue, query_bool(c, "overdue"));
  q.overdue_only = overdue.value_or(false);
  q.today = today_of(c);
  return q;
}

// GET /inspections/items
Result<std::pair<json, int64_t>> list_items(Call& c) {
  QF_TRY(ins::LedgerQuery q, ledger_query(c));
  QF_TRY(Paging pg, c.paging());
  q.offset = pg.offset();
  q.limit = pg.page_size;
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, ins::list_items(lease.get(), c.who(), q));
  json items = json::array();
  for (const auto& it : r.first) items.push_back(item_json(c, it));
  return std::make_pair(std::move(items), r.second);
}

// The ledger's filters in words, for the export's second row.
Result<std::string> filter_words(store::Connection& conn, const Call& c, const ins::LedgerQuery& q) {
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : "；") + s; };
  if (q.check_id) {
    auto k = ins::get_check(conn, c.who(), *q.check_id);
    add("专项检查 " + (k.ok() ? k->number : std::string("（不存在）")));
  }
  if (q.department_id) {
    auto d = org::get_department(conn, *q.department_id);
    add("责任部门 " + (d.ok() ? d->name : std::string("（不存在）")));
  }
  if (q.state) add("整改状态 " + std::string(ins::state_label_zh(*q.state)));
  if (q.overdue_only) add("仅逾期未销号");
  return out.empty() ? std::string("全部（本人数据范围内）") : out;
}

// GET /inspections/items/export
Result<http::Response> export_items(Call& c) {
  QF_TRY(ins::LedgerQuery q, ledger_query(c));
  q.limit = 0;
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, ins::list_items(lease.get(), c.who(), q));
  ins::LedgerExport meta;
  auto unit = org::get_unit(lease.get());
  meta.unit_name = unit.ok() ? unit->name : std::string();
  QF_TRY(meta.filter_text, filter_words(lease.get(), c, q));
  meta.exported_at = auth::beijing_time(c.now_ms());
  meta.today = q.today;
  QF_TRY(std::string bytes, ins::ledger_xlsx(meta, r.first));
  QF_TRY_STATUS(c.audit_read("rectification_ledger", "export", "导出整改台账：" + meta.filter_text));
  return xlsx_response(std::move(bytes), "整改台账.xlsx");
}

// GET /inspections/items/{id}
Result<json> get_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(ins::RectificationItem it, ins::get_item(lease.get(), c.who(), id));
  return item_json(c, it);
}

// POST /inspections/items/{id}/actions
Result<json> act_on_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  const std::string code = text_field(b, "action");
  auto action = ins::action_from_code(code);
  if (!action)
    return Error::invalid("inspection.invalid", "action 应为 progress、report、accept 或 return",
                          "action must be progress, report, accept or return", "action");
  ins::StepInput in{*action, text_field(b, "note"), text_field(b, "evidence")};
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(ins::RectificationItem it, ins::act(conn, c.who(), id, in, today_of(c), c.now_ms()));
    c.audit_object_type = "rectification_item";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("{} 整改事项 {}（{}）→ {}", ins::action_label_zh(*action), it.number,
                                  it.department_name, ins::state_label_zh(it.state));
    return item_json(c, it);
  });
}

// The home page: what waits for the caller — its departments' items to report, and for
// the committee the items to verify. Counted by the same filters as the ledger links.
Status dashboard_items(store::Connection& conn, const Call& c, DashboardParts& parts) {
  const auth::Principal& who = c.who();
  if (!who.can(ins::kInspectionRead)) return {};
  const std::string today = today_of(c);
  if (who.can(ins::kRectificationReport)) {
    ins::LedgerQuery q;
    q.state = ins::RectificationState::kRectifying;
    q.limit = 1;
    QF_TRY(auto open, ins::list_items(conn, who, q));
    if (open.second > 0)
      parts.pending.push_back(json{{"key", "inspections.rectifying"},
                                   {"title_zh", "本部门整改中的问题（待报送整改情况）"},
                                   {"title_en", "Findings your department is rectifying (to report)"},
                                   {"count", open.second},
                                   {"link", "/inspections/ledger?state=rectifying"}});
  }
  if (who.can(ins::kInspectionManage)) {
    ins::LedgerQuery q;
    q.state = ins::RectificationState::kReported;
    q.limit = 1;
    QF_TRY(auto waiting, ins::list_items(conn, who, q));
    if (waiting.second > 0)
      parts.pending.push_back(json{{"key", "inspections.reported"},
                                   {"title_zh", "待核查销号的整改事项"},
                                   {"title_en", "Rectification items awaiting verification"},
                                   {"count", waiting.second},
                                   {"link", "/inspections/ledger?state=reported"}});
  }
  ins::LedgerQuery late;
  late.overdue_only = true;
  late.today = today;
  late.limit = 1;
  QF_TRY(auto overdue, ins::list_items(conn, who, late));
  if (overdue.second > 0)
    parts.pending.push_back(json{{"key", "inspections.overdue"},
                                 {"title_zh", "逾期未销号的整改事项"},
                                 {"title_en", "Rectification items past their deadline"},
                                 {"count", overdue.second},
                                 {"link", "/inspections/ledger?overdue=true"}});
  return {};
}

void register_inspections(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("inspections");
  auto cfg = ins::InspectionsConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    // A bad [inspections] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  ins::register_inspection_dictionaries();
  app.feeds.add({ins::kRectificationFeed, [cfg = *cfg](store::Connection& conn, const messages::FeedContext& f) {
                   return ins::rectification_reminders(conn, cfg, f);
                 }});
  app.dashboard.push_back(dashboard_items);

  const std::string read(ins::kInspectionRead), manage(ins::kInspectionManage);
  RouteSpec checks{"专项检查列表", "Special supervision checks", read, "", "",
                   R"({"data":[{"id":1,"number":"〔2026〕专项检查第1号","kind":"conduct_year","title":"作风建设年专项检查","start_date":"2026-03-01","end_date":"2026-04-30","departments":[{"id":3,"name":"规划处"}],"items":4,"closed":1}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec check{"专项检查详情（方案、范围、检查要点）", "A special check (plan, scope, checklist)", read};
  RouteSpec create{"制定专项检查", "Plan a special check", manage, "inspection.check.create",
                   R"({"kind":"conduct_year","title":"作风建设年专项检查","plan":"……","start_date":"2026-03-01","end_date":"2026-04-30","department_ids":[3,4],"checklist":["会议费、培训费支出是否合规","公务接待是否执行标准"]})"};
  RouteSpec archive{"归档专项检查（不删除）", "Archive a special check (never deleted)", manage,
                    "inspection.check.archive", R"({"reason":"重复登记"})"};
  RouteSpec add_item{"登记检查发现的问题（生成整改事项）", "Record a finding (a rectification item)", manage,
                     "inspection.item.create",
                     R"({"finding":"2026年3月会议费报销附件不全","owner_department_id":3,"measures":"补齐附件，修订报销流程","deadline":"2026-05-31","checklist_item_id":1})"};
  RouteSpec ledger{"整改台账", "The rectification ledger", read, "", "",
                   R"({"data":[{"id":7,"number":"〔2026〕专项检查第1号-2","department_name":"规划处","deadline":"2026-05-31","state":"reported","overdue":false,"actions":["accept","return"]}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec export_spec{"导出整改台账（XLSX）", "Export the rectification ledger (XLSX)", read};
  RouteSpec item{"整改事项详情（含办理过程）", "A rectification item with its steps", read};
  RouteSpec step{"整改事项办理：报送进展、报送完成、核查销号、退回整改",
                 "Act on a rectification item: progress, report, accept, send back", read, "inspection.item.act",
                 R"({"action":"report","note":"已补齐附件并修订报销流程","evidence":"《会议费报销规程（2026年修订）》规财〔2026〕5号"})"};

  routes.list_route("/inspections/checks", checks, list_checks);
  routes.post("/inspections/checks", create, create_check);
  routes.get("/inspections/checks/{id}", check, get_check);
  routes.post("/inspections/checks/{id}/archive", archive, archive_check);
  routes.post("/inspections/checks/{id}/items", add_item, create_item);
  routes.list_route("/inspections/items", ledger, list_items);
  routes.raw_route("GET", "/inspections/items/export", export_spec, export_items);
  routes.get("/inspections/items/{id}", item, get_item);
  routes.post("/inspections/items/{id}/actions", step, act_on_item);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_inspections);
