// The regulation library (制度库, /api/v1/regulations…, docs/modules/regulations.md).
// The discipline committee (regulation.manage) records the unit's regulations — 文号,
// issuing body, category, effective and repeal dates, full text — issues new versions
// (a new version supersedes the one before; every version stays readable), repeals,
// and assigns people to read the latest version (the audience of education: everyone,
// departments, branches, roles, people). Every staff member (regulation.read) searches
// and reads the library and acknowledges what is assigned to them (已阅知确认); leaders
// and department heads (regulation.progress) see the acknowledgement per department of
// the people their data scope reaches, exported as XLSX. The state (现行有效 / 尚未生效 /
// 已废止) is computed from the dates against the business day (Beijing date). The three
// administrators hold none of these permissions.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include "api/api.h"
#include "api/education_audience.h"
#include "api/request_fields.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/login.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"
#include "domain/org/structure.h"
#include "domain/education/completion_export.h"
#include "domain/regulations/completion_export.h"
#include "domain/regulations/links.h"
#include "domain/regulations/regulations.h"

using qf::auth::Role;
QF_REGISTER_PERMISSION("regulation.read", "查阅制度库、确认本人阅知的制度",
                       "Read the regulation library and acknowledge one's own assignments", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember,
                       Role::kBranchSecretary, Role::kBranchInspector, Role::kDeptHead, Role::kStaff, Role::kOrgHr);
QF_REGISTER_PERMISSION("regulation.progress", "查看各部门制度阅知确认情况",
                       "See the acknowledgement of regulations per department", Role::kPartySecretary,
                       Role::kCommitteeMember, Role::kDisciplineSecretary, Role::kDisciplineMember, Role::kDeptHead);
QF_REGISTER_PERMISSION("regulation.manage", "维护制度库（新增、修订、废止制度，分配阅知）",
                       "Maintain the regulation library (add, revise, repeal, assign readers)",
                       Role::kDisciplineSecretary, Role::kDisciplineMember);

namespace qf::api {
namespace {

namespace reg = qf::regulations;

std::string today_of(const Call& c) { return auth::beijing_date(c.now_ms()); }

std::string status_zh(const std::string& s) { return dictionary::label_zh("regulation.status", s); }

// 《…》（〔2026〕3号，第2版）
std::string regulation_words(const reg::Regulation& g) {
  std::string extra = g.latest.doc_number;
  extra += (extra.empty() ? "" : "，") + fmt::format("第{}版", g.latest.version_no);
  return fmt::format("《{}》（{}）", g.latest.title, extra);
}

json version_json(const reg::Version& v, bool with_text) {
  json j{{"id", v.id},
         {"version_no", v.version_no},
         {"title", v.title},
         {"doc_number", v.doc_number},
         {"issuing_body", v.issuing_body},
         {"effective_on", v.effective_on},
         {"change_note", v.change_note},
         {"status", v.status},
         {"status_label_zh", status_zh(v.status)},
         {"created_at", v.created_at}};
  if (with_text) j["full_text"] = v.full_text;
  return j;
}

json regulation_json(const reg::Regulation& g) {
  json history = json::array();
  for (const auto& v : g.history) history.push_back(version_json(v, false));
  return json{{"id", g.id},
              {"category", g.category},
              {"category_label_zh", dictionary::label_zh("regulation.category", g.category)},
              {"title", g.latest.title},
              {"doc_number", g.latest.doc_number},
              {"issuing_body", g.latest.issuing_body},
              {"effective_on", g.latest.effective_on},
              {"first_effective_on", g.first_effective_on},
              {"repealed_on", g.repealed_on ? json(*g.repealed_on) : json(nullptr)},
              {"repeal_reason", g.repeal_reason},
              {"status", g.status},
              {"status_label_zh", status_zh(g.status)},
              {"versions", g.versions},
              {"latest", version_json(g.latest, false)},
              {"current_version_no", g.current_version_no ? json(*g.current_version_no) : json(nullptr)},
              {"history", std::move(history)},
              {"assigned", g.assigned},
              {"acknowledged", g.acknowledged},
              {"assigned_to_me", g.assigned_to_me},
              {"my_acknowledged_at", nullable(g.my_acknowledged_at)},
              {"created_at", g.created_at},
              {"updated_at", g.updated_at}};
}

Result<json> object_body(const Call& c) {
  QF_TRY(json b, c.body());
  if (!b.is_object())
    return Error::invalid("request.json", "请求体应为 JSON 对象", "The request body must be a JSON object");
  return b;
}

// The audience's errors keep education's field names (audience.department_ids[1] …)
// under this module's code.
Error regulation_error(Error e) {
  if (e.code == "education.invalid") e.code = "regulation.invalid";
  return e;
}
Result<education::Audience> regulation_audience(const json& b) {
  auto a = audience_of(b);
  if (!a.ok()) return regulation_error(a.error());
  return *a;
}

reg::VersionInput version_of(const json& b) {
  reg::VersionInput v;
  v.title = text_field(b, "title");
  v.doc_number = text_field(b, "doc_number");
  v.issuing_body = text_field(b, "issuing_body");
  v.effective_on = text_field(b, "effective_on");
  v.full_text = text_field(b, "full_text");
  v.change_note = text_field(b, "change_note");
  return v;
}

// GET /regulations
Result<std::pair<json, int64_t>> list_regulations(Call& c) {
  QF_TRY(Paging pg, c.paging());
  reg::RegulationQuery q;
  q.offset = pg.offset();
  q.limit = pg.page_size;
  if (auto s = c.req.query_param("q")) q.q = *s;
  if (org::text_length(q.q) > 100)
    return Error::invalid("regulation.invalid", "检索词不能超过 100 字", "q must not exceed 100 characters", "q");
  if (auto k = c.req.query_param("category"); k && !k->empty()) {
    if (!reg::is_category(*k))
      return Error::invalid("regulation.invalid", "参数 category 不在字典「制度类别」中",
                            "category is not in the dictionary regulation.category", "category");
    q.category = *k;
  }
  if (auto s = c.req.query_param("status"); s && !s->empty()) {
    if (!reg::is_status(*s))
      return Error::invalid("regulation.invalid", "参数 status 应为 in_force、not_yet 或 repealed",
                            "status must be in_force, not_yet or repealed", "status");
    q.status = *s;
  }
  QF_TRY(auto mine, query_bool(c, "mine"));
  q.mine = mine.value_or(false);
  if (auto s = c.req.query_param("ack"); s && !s->empty()) {
    if (*s == "pending") q.acknowledged = false;
    else if (*s == "done") q.acknowledged = true;
    else
      return Error::invalid("regulation.invalid", "参数 ack 应为 pending 或 done", "ack must be pending or done", "ack");
    q.mine = true;
  }
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, reg::list_regulations(lease.get(), c.who(), q, today_of(c)));
  json items = json::array();
  for (const auto& g : r.first) items.push_back(regulation_json(g));
  return std::make_pair(std::move(items), r.second);
}

// GET /regulations/{id}
Result<json> get_regulation(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(reg::Regulation g, reg::get_regulation(lease.get(), c.who(), id, today_of(c)));
  json j = regulation_json(g);
  QF_TRY(reg::Version v, reg::get_version(lease.get(), c.who(), id, g.latest.version_no, today_of(c)));
  j["full_text"] = v.full_text;
  // 制度解读 and 以案促改 linked to it: only those the reader may open (links.h).
  QF_TRY(auto interps, reg::interpretations_of(lease.get(), c.who(), id));
  json ij = json::array();
  for (const auto& i : interps)
    ij.push_back({{"education_item_id", i.education_item_id},
                  {"title", i.title},
                  {"published_on", i.published_on},
                  {"version_no", i.version_no ? json(*i.version_no) : json(nullptr)}});
  j["interpretations"] = std::move(ij);
  QF_TRY(auto reforms, reg::reforms_of(lease.get(), c.who(), id, today_of(c)));
  json rj = json::array();
  for (const auto& f : reforms)
    rj.push_back({{"case_reform_id", f.case_reform_id},
                  {"number", f.number},
                  {"title", f.title},
                  {"issued_on", f.issued_on},
                  {"note", f.note},
                  {"version_no", f.version_no}});
  j["case_reforms"] = std::move(rj);
  return j;
}

// GET /regulations/{id}/versions/{no}
Result<json> get_version(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(int64_t no, c.id_param("no"));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(reg::Version v, reg::get_version(lease.get(), c.who(), id, static_cast<int>(no), today_of(c)));
  return version_json(v, true);
}

// POST /regulations
Result<json> create_regulation(Call& c) {
  QF_TRY(json b, object_body(c));
  reg::RegulationInput in;
  in.category = text_field(b, "category");
  in.version = version_of(b);
  in.version.change_note.clear();
  in.repealed_on = text_field(b, "repealed_on");
  QF_TRY(education::Audience audience, regulation_audience(b));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(int64_t id, reg::create_regulation(conn, in, c.who().account_id, c.now_ms()));
    int64_t assigned = 0;
    if (!audience.empty()) {
      auto n = reg::assign(conn, c.who(), id, audience, c.now_ms());
      if (!n.ok()) return regulation_error(n.error());
      assigned = *n;
    }
    QF_TRY(reg::Regulation g, reg::get_regulation(conn, c.who(), id, today_of(c)));
    c.audit_object_type = "regulation";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("新增制度{}，施行日期 {}，分配阅知 {} 人", regulation_words(g), g.latest.effective_on,
                                  assigned);
    return regulation_json(g);
  });
}

// POST /regulations/{id}/versions
Result<json> add_version(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  reg::VersionInput v = version_of(b);
  bool reassign = false;
  if (auto it = b.find("reassign"); it != b.end() && !it->is_null()) {
    if (!it->is_boolean())
      return Error::invalid("regulation.invalid", "reassign 应为是/否", "reassign must be true or false", "reassign");
    reassign = it->get<bool>();
  }
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(reg::NewVersion nv, reg::add_version(conn, c.who(), id, v, reassign, today_of(c), c.who().account_id,
                                                c.now_ms()));
    QF_TRY(reg::Regulation g, reg::get_regulation(conn, c.who(), id, today_of(c)));
    c.audit_object_type = "regulation";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("发布制度修订版本{}，施行日期 {}，重新分配阅知 {} 人", regulation_words(g),
                                  g.latest.effective_on, nv.reassigned);
    json j = regulation_json(g);
    j["reassigned"] = nv.reassigned;
    return j;
  });
}

// POST /regulations/{id}/repeal
Result<json> repeal_regulation(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  const std::string on = text_field(b, "repealed_on"), reason = text_field(b, "reason");
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY_STATUS(reg::repeal(conn, c.who(), id, on, reason, c.now_ms()));
    QF_TRY(reg::Regulation g, reg::get_regulation(conn, c.who(), id, today_of(c)));
    c.audit_object_type = "regulation";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("废止制度{}，废止日期 {}", regulation_words(g), on);
    return regulation_json(g);
  });
}

// POST /regulations/{id}/assign
Result<json> assign_regulation(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json b, object_body(c));
  QF_TRY(education::Audience a, regulation_audience(b));
  return c.tx([&](store::Connection& conn) -> Result<json> {
    auto added = reg::assign(conn, c.who(), id, a, c.now_ms());
    if (!added.ok()) return regulation_error(added.error());
    QF_TRY(reg::Regulation g, reg::get_regulation(conn, c.who(), id, today_of(c)));
    QF_TRY(std::string words, education::audience_words(conn, a));
    c.audit_object_type = "regulation";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = fmt::format("分配阅知制度{}：{}（新增 {} 人）", regulation_words(g), words, *added);
    return json{{"added", *added}, {"regulation", regulation_json(g)}};
  });
}

// POST /regulations/{id}/acknowledge
Result<json> acknowledge_regulation(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  return c.tx([&](store::Connection& conn) -> Result<json> {
    QF_TRY(reg::Regulation g, reg::acknowledge(conn, c.who(), id, today_of(c), c.now_ms()));
    c.audit_object_type = "regulation";
    c.audit_object_id = std::to_string(id);
    c.audit_summary = "确认已阅知制度" + regulation_words(g);
    return regulation_json(g);
  });
}

json completion_json(const std::vector<education::DepartmentCompletion>& rows) {
  json out = json::array();
  for (const auto& r : rows)
    out.push_back({{"department_id", r.department_id},
                   {"department_name", r.department_name},
                   {"assigned", r.assigned},
                   {"acknowledged", r.confirmed},
                   {"rate", education::rate_text(r.confirmed, r.assigned)}});
  return out;
}

// GET /regulations/{id}/completion
Result<json> regulation_completion(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, reg::completion(lease.get(), c.who(), id));
  return completion_json(rows);
}

// GET /regulations/{id}/completion/export
Result<http::Response> export_completion(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(reg::Regulation g, reg::get_regulation(lease.get(), c.who(), id, today_of(c)));
  QF_TRY(auto rows, reg::completion(lease.get(), c.who(), id));
  reg::CompletionExport meta;
  auto unit = org::get_unit(lease.get());
  meta.unit_name = unit.ok() ? unit->name : std::string();
  meta.regulation_text = regulation_words(g);
  meta.exported_at = auth::beijing_time(c.now_ms());
  QF_TRY(std::string bytes, reg::completion_xlsx(meta, rows));
  QF_TRY_STATUS(c.audit_read("regulation", std::to_string(id), "导出制度阅知确认情况：" + meta.regulation_text));
  return xlsx_response(std::move(bytes), "制度阅知确认情况.xlsx");
}

// GET /regulations/{id}/assignees
Result<json> regulation_assignees(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto dept, query_id(c, "department_id"));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, reg::assignees(lease.get(), c.who(), id, dept));
  json out = json::array();
  for (const auto& a : rows)
    out.push_back({{"person_id", a.person_id},
                   {"name", a.name},
                   {"department_name", a.department_name},
                   {"acknowledged_at", nullable(a.confirmed_at)}});
  return out;
}

// The home page: 待阅知的制度 N 项.
Status dashboard_items(store::Connection& conn, const Call& c, DashboardParts& parts) {
  const auth::Principal& who = c.who();
  if (!who.can(reg::kRegulationRead)) return {};
  QF_TRY(int64_t n, reg::pending_count(conn, who, today_of(c)));
  if (n > 0)
    parts.pending.push_back(json{{"key", "regulations.pending"},
                                 {"title_zh", "待阅知的制度（阅读后请确认）"},
                                 {"title_en", "Regulations to read (acknowledge when read)"},
                                 {"count", n},
                                 {"link", "/regulations?ack=pending"}});
  return {};
}

void register_regulations(Routes& routes, AppContext& app) {
  reg::register_regulation_dictionaries();
  app.feeds.add({reg::kAcknowledgeFeed, reg::pending_reminders});
  app.dashboard.push_back(dashboard_items);

  const std::string read(reg::kRegulationRead), progress(reg::kRegulationProgress), manage(reg::kRegulationManage);
  RouteSpec list{"制度库：检索制度（名称、文号、全文；类别、状态；本人待阅知）",
                 "The regulation library: search (title, number, text; category, state; one's own to read)", read, "",
                 "",
                 R"({"data":[{"id":3,"title":"公务接待管理办法","doc_number":"〔2026〕3号","issuing_body":"局党委","category":"reception","effective_on":"2026-03-01","status":"in_force","versions":2,"assigned":120,"acknowledged":96}],"meta":{"page":1,"page_size":20,"total":1}})"};
  RouteSpec one{"制度详情（现版本全文及历次版本）", "A regulation (latest text and every version)", read};
  RouteSpec version{"制度的某一历史版本（全文）", "One version of a regulation (full text)", read};
  RouteSpec create{"新增制度", "Add a regulation", manage, "regulation.create",
                   R"({"category":"reception","title":"公务接待管理办法","doc_number":"〔2026〕3号","issuing_body":"局党委","effective_on":"2026-03-01","full_text":"第一条 ……","audience":{"everyone":true}})"};
  RouteSpec revise{"发布制度修订版本（新版本取代旧版本）", "Issue a new version (supersedes the previous one)", manage,
                   "regulation.revise",
                   R"({"title":"公务接待管理办法","doc_number":"〔2026〕9号","issuing_body":"局党委","effective_on":"2026-07-01","full_text":"……","change_note":"调整接待标准","reassign":true})"};
  RouteSpec repeal{"废止制度", "Repeal a regulation", manage, "regulation.repeal",
                   R"({"repealed_on":"2026-12-31","reason":"已被新制度取代"})"};
  RouteSpec assign{"分配制度阅知对象", "Assign people to read a regulation", manage, "regulation.assign",
                   R"({"audience":{"department_ids":[3],"roles":["dept_head"]}})"};
  RouteSpec ack{"确认已阅知制度", "Acknowledge having read a regulation", read, "regulation.acknowledge"};
  RouteSpec completion{"各部门制度阅知确认情况", "Acknowledgement per department", progress, "", "",
                       R"({"data":[{"department_id":3,"department_name":"规划处","assigned":12,"acknowledged":9,"rate":"75.0%"}]})"};
  RouteSpec completion_export{"导出制度阅知确认情况（XLSX）", "Export the acknowledgement per department (XLSX)",
                              progress};
  RouteSpec people{"制度阅知对象及确认情况", "Readers and their acknowledgements", progress};

  routes.list_route("/regulations", list, list_regulations);
  routes.post("/regulations", create, create_regulation);
  routes.get("/regulations/{id}", one, get_regulation);
  routes.get("/regulations/{id}/versions/{no}", version, get_version);
  routes.post("/regulations/{id}/versions", revise, add_version);
  routes.post("/regulations/{id}/repeal", repeal, repeal_regulation);
  routes.post("/regulations/{id}/assign", assign, assign_regulation);
  routes.post("/regulations/{id}/acknowledge", ack, acknowledge_regulation);
  routes.get("/regulations/{id}/completion", completion, regulation_completion);
  routes.raw_route("GET", "/regulations/{id}/completion/export", completion_export, export_completion);
  routes.get("/regulations/{id}/assignees", people, regulation_assignees);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_regulations);
