// Integrity-risk prevention, second part, /api/v1/risk/…: consultation meetings on
// integrity risks (廉政风险会商会诊) whose decisions become duty tasks, and supervision
// checks of negative-list execution (负面清单执行情况检查) whose not-executed items become
// rectification follow-ups of the checked department. Who sees what:
// domain/risk/consult.h and docs/modules/risk.md. The three administrators hold none of
// these permissions (三员分立).
#include <fmt/format.h>

#include "api/api.h"
#include "api/request_fields.h"
#include "domain/auth/permissions.h"
#include "domain/dictionary/dictionary.h"
#include "domain/duty/duty.h"
#include "domain/org/people.h"
#include "domain/risk/consult.h"

using qf::auth::Role;
QF_REGISTER_PERMISSION("risk.consult.read", "查看廉政风险会商会诊", "Read integrity-risk consultations",
                       Role::kPartySecretary, Role::kCommitteeMember, Role::kDisciplineSecretary,
                       Role::kDisciplineMember);
QF_REGISTER_PERMISSION("risk.consult.manage", "记录廉政风险会商会诊", "Record integrity-risk consultations",
                       Role::kPartySecretary, Role::kDisciplineSecretary, Role::kDisciplineMember);
QF_REGISTER_PERMISSION("risk.check.manage", "检查负面清单执行情况", "Check the execution of negative lists",
                       Role::kPartySecretary, Role::kDisciplineSecretary, Role::kDisciplineMember);

namespace qf::api {
namespace {

constexpr const char* kRead = "risk.read";
constexpr const char* kManage = "risk.manage";
constexpr const char* kConsultRead = "risk.consult.read";
constexpr const char* kConsultManage = "risk.consult.manage";
constexpr const char* kCheckManage = "risk.check.manage";
constexpr const char* kDutyManage = "duty.manage";
constexpr const char* kDutyRead = "duty.read";

std::string today_of(const Call& c) { return org::beijing_date(c.now_ms()); }
int this_year(const Call& c) { return std::stoi(today_of(c).substr(0, 4)); }

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("risk.invalid", zh, en, field);
}

Result<std::optional<int>> year_query(const Call& c, bool default_this_year) {
  auto s = c.req.query_param("year");
  if (!s || s->empty()) return default_this_year ? std::optional<int>{this_year(c)} : std::optional<int>{};
  int y = 0;
  for (char ch : *s) {
    if (ch < '0' || ch > '9' || y > 100000) return bad("year", "参数 year 应为四位年度，如 2026", "Parameter year must be a year such as 2026");
    y = y * 10 + (ch - '0');
  }
  if (y < 2000 || y > 2100) return bad("year", "参数 year 应为 2000–2100 的年度", "Parameter year must be from 2000 to 2100");
  return std::optional<int>{y};
}

Result<std::vector<int64_t>> id_list(const json& body, const std::string& key, const std::string& zh) {
  std::vector<int64_t> out;
  if (!body.contains(key) || body[key].is_null()) return out;
  if (!body[key].is_array()) return bad(key, key + " 应为" + zh + "编号列表", key + " must be a list of ids");
  for (size_t i = 0; i < body[key].size(); ++i) {
    const json& p = body[key][i];
    if (!p.is_number_integer() || p.get<int64_t>() <= 0)
      return bad(fmt::format("{}[{}]", key, i), zh + "应为编号", fmt::format("{}[{}] must be an id", key, i));
    out.push_back(p.get<int64_t>());
  }
  return out;
}

// ---- 会商会诊 ----

json consultation_summary(const risk::Consultation& m) {
  return json{{"id", m.id},
              {"meeting_date", m.meeting_date},
              {"title", m.title},
              {"attendee_total", m.attendee_total},
              {"point_total", m.point_total},
              {"decision_total", m.decision_total},
              {"decision_tasks", m.decision_tasks},
              {"updated_at", m.updated_at}};
}

Result<json> consultation_json(store::Connection& conn, const Call& c, int64_t id) {
  QF_TRY(risk::Consultation m, risk::get_consultation(conn, c.who(), id));
  json j = consultation_summary(m);
  j["minutes"] = m.minutes;
  json people = json::array();
  for (const auto& a : m.attendees)
    people.push_back({{"person_id", a.person_id}, {"name", a.name}, {"department_name", a.department_name}});
  j["attendees"] = std::move(people);
  json points = json::array();
  for (const auto& p : m.points)
    points.push_back({{"risk_point_id", p.risk_point_id}, {"department_id", p.department_id},
                      {"department_name", p.department_name}, {"category", p.category},
                      {"description", p.description}, {"level", p.level}});
  j["points"] = std::move(points);
  json decisions = json::array();
  for (const auto& d : m.decisions) {
    json task = nullptr;
    if (d.task_id)
      task = json{{"id", *d.task_id},
                  {"title", d.task_title},
                  {"department_name", d.task_department_name},
                  {"person_name", d.task_person_name},
                  {"deadline_date", d.task_deadline},
                  {"status", d.task_status}};
    decisions.push_back(
        {{"id", d.id}, {"sort_order", d.sort_order}, {"content", d.content}, {"task_id", nullable(d.task_id)}, {"task", task}});
  }
  j["decisions"] = std::move(decisions);
  j["may_manage"] = c.who().can(kConsultManage);
  j["may_make_tasks"] = c.who().can(kConsultManage) && c.who().can(kDutyManage);
  j["may_read_tasks"] = c.who().can(kDutyRead);
  return j;
}

// GET /risk/consultations?year=
Result<json> list_consultations(Call& c) {
  QF_TRY(auto year, year_query(c, false));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto list, risk::list_consultations(lease.get(), year));
  json out = json::array();
  for (const auto& m : list) out.push_back(consultation_summary(m));
  return json{{"items", out}, {"may_manage", c.who().can(kConsultManage)}};
}

// GET /risk/consultations/{id}
Result<json> get_consultation(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  return consultation_json(lease.get(), c, id);
}

// POST /risk/consultations
Result<json> create_consultation(Call& c) {
  QF_TRY(json body, c.body());
  risk::ConsultInput in;
  in.meeting_date = text_field(body, "meeting_date");
  in.title = text_field(body, "title");
  in.minutes = text_field(body, "minutes");
  QF_TRY(in.attendee_ids, id_list(body, "attendee_ids", "参会人员"));
  QF_TRY(in.risk_point_ids, id_list(body, "risk_point_ids", "风险点"));
  if (body.contains("decisions") && !body["decisions"].is_null()) {
    if (!body["decisions"].is_array()) return bad("decisions", "decisions 应为会商决定列表", "decisions must be a list of texts");
    for (size_t i = 0; i < body["decisions"].size(); ++i) {
      const json& d = body["decisions"][i];
      if (!d.is_string()) return bad(fmt::format("decisions[{}]", i), "会商决定应为文本", "A decision must be text");
      in.decisions.push_back(d.get<std::string>());
    }
  }
  c.audit_object_type = "risk_consultation";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t id, risk::create_consultation(conn, c.who(), in, c.who().account_id, c.now_ms()));
           c.audit_object_id = std::to_string(id);
           c.audit_summary = fmt::format("{} {}：风险点 {} 个，决定 {} 项", in.meeting_date, in.title,
                                         in.risk_point_ids.size(), in.decisions.size());
           return id;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  return consultation_json(lease.get(), c, id);
}

// POST /risk/consultations/{id}/decisions/{decision_id}/task
//   {work_point_id, title?, owner_department_id, owner_person_id?, deadline_date}
Result<json> consult_decision_task(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(int64_t decision, c.id_param("decision_id"));
  if (!c.who().can(kDutyManage))
    return Error::make(ErrorKind::kForbidden, "auth.forbidden", "没有部署任务的权限", "Not allowed to plan tasks");
  QF_TRY(json body, c.body());
  duty::TaskInput in;
  QF_TRY(auto wp, id_field(body, "work_point_id"));
  if (!wp) return bad("work_point_id", "请选择任务所属的工作要点", "Choose the work point of the task");
  in.work_point_id = *wp;
  in.title = text_field(body, "title");
  QF_TRY(auto dept, id_field(body, "owner_department_id"));
  if (!dept) return bad("owner_department_id", "请选择责任部门", "Choose the owner department");
  in.owner_department_id = *dept;
  QF_TRY(in.owner_person_id, id_field(body, "owner_person_id"));
  in.deadline_date = text_field(body, "deadline_date");
  c.audit_object_type = "risk_consultation";
  c.audit_object_id = std::to_string(id);
  QF_TRY(int64_t task, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(auto m, risk::get_consultation(conn, c.who(), id));
           (void)m;
           QF_TRY(int64_t task, risk::consult_decision_to_task(conn, id, decision, in, c.now_ms()));
           c.audit_summary = fmt::format("会商决定 {} 转为任务 {}", decision, task);
           return task;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(json j, consultation_json(lease.get(), c, id));
  j["task_id"] = task;
  return j;
}

// ---- 负面清单执行情况检查 ----

json check_summary(const risk::ExecutionCheck& k) {
  return json{{"id", k.id},
              {"department_id", k.department_id},
              {"department_name", k.department_name},
              {"negative_list_id", k.negative_list_id},
              {"list_revision", k.list_revision},
              {"year", k.year},
              {"check_date", k.check_date},
              {"summary", k.summary},
              {"checker_name", k.checker_name},
              {"created_at", k.created_at},
              {"executed", k.executed},
              {"partial", k.partial},
              {"not_executed", k.not_executed},
              {"open_rectifications", k.open_rectifications}};
}

// GET /risk/checks?year=&department_id=
Result<json> list_checks(Call& c) {
  QF_TRY(auto year, year_query(c, false));
  QF_TRY(auto dept, query_id(c, "department_id"));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto list, risk::list_checks(lease.get(), c.who(), year, dept));
  json out = json::array();
  for (const auto& k : list) out.push_back(check_summary(k));
  return json{{"items", out}, {"may_record", c.who().can(kCheckManage)}};
}

Result<json> check_json(store::Connection& conn, const Call& c, int64_t id) {
  QF_TRY(risk::ExecutionCheck k, risk::get_check(conn, c.who(), id, today_of(c)));
  QF_TRY(auto managed, risk::managed_departments(conn, c.who()));
  json j = check_summary(k);
  json items = json::array();
  for (const auto& i : k.items)
    items.push_back({{"id", i.id},
                     {"item_no", i.item_no},
                     {"item_text", i.item_text},
                     {"result", i.result},
                     {"note", i.note},
                     {"owner_person_id", nullable(i.owner_person_id)},
                     {"owner_name", i.owner_name},
                     {"deadline", i.deadline.empty() ? json(nullptr) : json(i.deadline)},
                     {"rectify_state", i.rectify_state.empty() ? json(nullptr) : json(i.rectify_state)},
                     {"rectify_note", i.rectify_note},
                     {"rectified_at", nullable(i.rectified_at)},
                     {"overdue", i.overdue}});
  j["items"] = std::move(items);
  j["may_rectify"] = c.who().can(kCheckManage) || (c.who().can(kManage) && managed.count(k.department_id) > 0);
  return j;
}

// GET /risk/checks/{id}
Result<json> get_check(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  return check_json(lease.get(), c, id);
}

// POST /risk/checks  {department_id, year?, check_date, summary?, results:[{result, note, owner_person_id?, owner_name?, deadline?}]}
Result<json> create_check(Call& c) {
  QF_TRY(json body, c.body());
  risk::CheckInput in;
  QF_TRY(auto dept, id_field(body, "department_id"));
  in.department_id = dept.value_or(0);
  if (body.contains("year") && !body["year"].is_null()) {
    if (!body["year"].is_number_integer()) return bad("year", "字段 year 应为整数", "year must be an integer");
    in.year = body["year"].get<int>();
  } else {
    in.year = this_year(c);
  }
  in.check_date = text_field(body, "check_date");
  in.summary = text_field(body, "summary");
  if (!body.contains("results") || !body["results"].is_array())
    return bad("results", "请逐项填写检查结果", "results must be a list (one result per list item)");
  for (size_t i = 0; i < body["results"].size(); ++i) {
    const json& r = body["results"][i];
    const std::string f = fmt::format("results[{}]", i);
    if (!r.is_object()) return bad(f, f + " 应为对象", f + " must be an object");
    risk::CheckResultInput x;
    x.result = text_field(r, "result");
    x.note = text_field(r, "note");
    x.owner_name = text_field(r, "owner_name");
    x.deadline = text_field(r, "deadline");
    QF_TRY(x.owner_person_id, id_field(r, "owner_person_id", f + ".owner_person_id"));
    in.results.push_back(std::move(x));
  }
  c.audit_object_type = "risk_check";
  const risk::Actor actor{c.who().account_id, c.who().display_name.empty() ? c.who().username : c.who().display_name};
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t id, risk::create_check(conn, c.who(), in, actor, c.now_ms()));
           c.audit_object_id = std::to_string(id);
           int64_t bad_items = 0;
           for (const auto& r : in.results) bad_items += r.result == risk::kNotExecuted ? 1 : 0;
           c.audit_summary = fmt::format("部门 {} {} 年负面清单 {} 项，未执行 {} 项", in.department_id, in.year,
                                         in.results.size(), bad_items);
           return id;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  return check_json(lease.get(), c, id);
}

// POST /risk/checks/{id}/items/{item_id}/rectified  {note}
Result<json> rectify_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(int64_t item, c.id_param("item_id"));
  QF_TRY(json body, c.body());
  const std::string note = text_field(body, "note");
  c.audit_object_type = "risk_check";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = fmt::format("第 {} 项整改完成", item);
  Status st = c.tx([&](store::Connection& conn) -> Status {
    return risk::mark_rectified(conn, c.who(), c.who().can(kCheckManage), id, item, note, c.who().account_id,
                                c.now_ms());
  });
  if (!st.ok()) return st.take_error();
  QF_TRY(auto lease, c.app.db->acquire());
  return check_json(lease.get(), c, id);
}

void register_risk_consult(Routes& routes, AppContext&) {
  dictionary::register_dictionary({"risk_check_result", "负面清单执行情况", "Negative-list execution",
                                   {{risk::kExecuted, "执行", "Executed", 10},
                                    {risk::kPartial, "部分执行", "Partly executed", 20},
                                    {risk::kNotExecuted, "未执行", "Not executed", 30}}});

  RouteSpec list{"廉政风险会商会诊列表", "Integrity-risk consultations", kConsultRead};
  RouteSpec get{"会商会诊详情（纪要、参会人员、风险点、决定）", "A consultation with minutes, attendees, risk points and decisions",
                kConsultRead};
  RouteSpec add{"记录会商会诊", "Record a consultation", kConsultManage, "risk.consult.create",
                R"({"meeting_date":"2026-06-18","title":"第二季度廉政风险会商会诊","minutes":"……","attendee_ids":[12,13],"risk_point_ids":[3,8],"decisions":["对行政审批环节开展专项复核"]})"};
  RouteSpec to_task{"会商决定转为任务", "Turn a consultation decision into a task", kConsultManage,
                    "risk.consult.decision_task",
                    R"({"work_point_id":2,"owner_department_id":5,"owner_person_id":31,"deadline_date":"2026-09-30"})"};
  RouteSpec checks{"负面清单执行情况检查列表", "Negative-list execution checks", kRead};
  RouteSpec check{"执行情况检查详情（逐项结果与整改）", "An execution check with per-item results and rectification", kRead};
  RouteSpec add_check{"记录负面清单执行情况检查", "Record a negative-list execution check", kCheckManage,
                      "risk.check.create",
                      R"({"department_id":5,"year":2026,"check_date":"2026-06-20","results":[{"result":"executed"},{"result":"not_executed","note":"发现超标准接待 1 次","owner_name":"李四","deadline":"2026-07-31"}]})"};
  RouteSpec rectified{"报告整改完成", "Report a rectification done", kRead, "risk.check.rectified",
                      R"({"note":"已退回超标准费用并通报"})"};

  routes.get("/risk/consultations", list, list_consultations);
  routes.get("/risk/consultations/{id}", get, get_consultation);
  routes.post("/risk/consultations", add, create_consultation);
  routes.post("/risk/consultations/{id}/decisions/{decision_id}/task", to_task, consult_decision_task);
  routes.get("/risk/checks", checks, list_checks);
  routes.get("/risk/checks/{id}", check, get_check);
  routes.post("/risk/checks", add_check, create_check);
  routes.post("/risk/checks/{id}/items/{item_id}/rectified", rectified, rectify_item);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_risk_consult);
