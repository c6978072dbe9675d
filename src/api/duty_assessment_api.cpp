// Two responsibilities, second part (docs/modules/duty.md "Year-end assessment" and
// "Meetings"): /api/v1/duty/assessment/… — the year's assessment template, the
// departments' scores, the ranking, its XLSX export and the "同谋划、同部署、同落实、
// 同考核" chain — and /api/v1/duty/meetings/… — the committee's hearings of the
// discipline committee's report and situation analyses, whose decisions become tasks.
//
// Who: the template is set by the Party secretary or the discipline secretary
// (duty.assess.manage); the discipline committee scores (duty.assess.score: the
// discipline secretary and discipline members); the secretaries, committee members
// and department heads read (duty.assess.read) — rows of the departments in the
// caller's data scope only (a committee member the overseen, a department head the
// own); a department out of reach answers like an absent one. Meetings are read by
// the committee (Party secretary, committee members, discipline secretary) and
// recorded by the two secretaries. The three administrators hold none of these.
#include <fmt/format.h>

#include <set>

#include "api/api.h"
#include "api/duty_fields.h"
#include "api/export_layout.h"
#include "api/request_fields.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/duty/assessment.h"
#include "domain/duty/duty.h"
#include "domain/duty/meetings.h"

QF_REGISTER_PERMISSION("duty.assess.read", "查看年度考核（模板、评分与排名）",
                       "Read the year-end assessment (template, scores, ranking)", ::qf::auth::Role::kPartySecretary,
                       ::qf::auth::Role::kCommitteeMember, ::qf::auth::Role::kDisciplineSecretary,
                       ::qf::auth::Role::kDisciplineMember, ::qf::auth::Role::kDeptHead);
QF_REGISTER_PERMISSION("duty.assess.manage", "制定年度考核模板", "Set the year's assessment template",
                       ::qf::auth::Role::kPartySecretary, ::qf::auth::Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION("duty.assess.score", "考核评分", "Score the departments", ::qf::auth::Role::kDisciplineSecretary,
                       ::qf::auth::Role::kDisciplineMember);
QF_REGISTER_PERMISSION("duty.meeting.read", "查看党委听取纪委汇报、形势分析会", "Read the committee's meetings",
                       ::qf::auth::Role::kPartySecretary, ::qf::auth::Role::kCommitteeMember,
                       ::qf::auth::Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION("duty.meeting.manage", "记录会议并将决定转为任务", "Record meetings and turn decisions into tasks",
                       ::qf::auth::Role::kPartySecretary, ::qf::auth::Role::kDisciplineSecretary);

namespace qf::api {
namespace {

constexpr const char* kDutyRead = "duty.read";
constexpr const char* kDutyManage = "duty.manage";
constexpr const char* kAssessRead = "duty.assess.read";
constexpr const char* kAssessManage = "duty.assess.manage";
constexpr const char* kAssessScore = "duty.assess.score";
constexpr const char* kMeetingRead = "duty.meeting.read";
constexpr const char* kMeetingManage = "duty.meeting.manage";

using namespace duty_fields;
Result<int> body_year(const json& body) {
  if (!body.contains("year") || !body["year"].is_number_integer())
    return bad_field("year", "请填写年度（整数，如 2026）", "Year is required (a whole number such as 2026)");
  const int64_t y = body["year"].get<int64_t>();
  if (y < 2000 || y > 2100)
    return bad_field("year", fmt::format("年度应在 2000 至 2100 之间，实际为 {}", y),
                     fmt::format("Year must be from 2000 to 2100, got {}", y));
  return static_cast<int>(y);
}

json item_json(const duty::AssessItem& i) {
  return json{{"id", i.id},
              {"year", i.year},
              {"sort_order", i.sort_order},
              {"title", i.title},
              {"weight", i.weight},
              {"scoring_rule", i.scoring_rule},
              {"work_point_id", nullable(i.work_point_id)},
              {"work_point_title", i.work_point_title},
              {"copied_from_id", nullable(i.copied_from_id)}};
}

json row_json(const duty::AssessRow& r) {
  json scores = json::object();
  for (const auto& [item, s] : r.scores)
    scores[std::to_string(item)] = json{{"score", s.score_tenths / 10.0},
                                        {"comment", s.comment},
                                        {"scorer_name", s.scorer_name},
                                        {"scored_at", s.scored_at}};
  return json{{"department_id", r.department_id},
              {"department_name", r.department_name},
              {"scores", std::move(scores)},
              {"scored", r.scored},
              {"total", r.scored ? json(std::stod(duty::format_thousandths(r.total_thousandths))) : json(nullptr)},
              {"total_text", r.scored ? duty::format_thousandths(r.total_thousandths) : std::string()},
              {"rank", r.rank ? json(*r.rank) : json(nullptr)}};
}

json assessment_json(const duty::Assessment& a, const auth::Principal& who) {
  json items = json::array();
  for (const auto& i : a.items) items.push_back(item_json(i));
  json rows = json::array();
  for (const auto& r : a.rows) rows.push_back(row_json(r));
  return json{{"year", a.year},
              {"items", std::move(items)},
              {"rows", std::move(rows)},
              {"previous_year_items", a.previous_year_items},
              {"may_edit_template", who.can(kAssessManage)},
              {"may_score", who.can(kAssessScore)}};
}

// GET /duty/assessment?year=
Result<json> get_assessment(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(duty::Assessment a, duty::read_assessment(lease.get(), c.who(), year));
  return assessment_json(a, c.who());
}

// PUT /duty/assessment/template {year, items: [{id?, title, weight, scoring_rule, work_point_id?}]}
Result<json> save_assessment_template(Call& c) {
  QF_TRY(json body, c.body());
  QF_TRY(int year, body_year(body));
  if (!body.contains("items") || !body["items"].is_array())
    return bad_field("items", "请提供考核项目列表 items", "items must be a list of assessment items");
  std::vector<duty::AssessItemInput> items;
  for (size_t i = 0; i < body["items"].size(); ++i) {
    const json& it = body["items"][i];
    const std::string f = fmt::format("items[{}]", i);
    if (!it.is_object()) return bad_field(f, f + " 应为对象", f + " must be an object");
    duty::AssessItemInput in;
    QF_TRY(in.id, id_field(it, "id", f + ".id"));
    QF_TRY(in.title, string_field(it, "title", f + ".title"));
    if (!it.contains("weight") || !it["weight"].is_number_integer())
      return bad_field(f + ".weight", "第 " + std::to_string(i + 1) + " 项的权重（分值）应为整数",
                       "Item " + std::to_string(i + 1) + "'s weight must be a whole number");
    in.weight = it["weight"].get<int64_t>();
    QF_TRY(in.scoring_rule, string_field(it, "scoring_rule", f + ".scoring_rule"));
    QF_TRY(in.work_point_id, id_field(it, "work_point_id", f + ".work_point_id"));
    items.push_back(std::move(in));
  }
  c.audit_object_type = "duty_assessment";
  c.audit_object_id = std::to_string(year);
  c.audit_summary = fmt::format("{} 年度考核模板 {} 项", year, items.size());
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) { return duty::save_template(conn, year, items, c.now_ms()); }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(duty::Assessment a, duty::read_assessment(lease.get(), c.who(), year));
  return assessment_json(a, c.who());
}

// POST /duty/assessment/copy-previous {year}
Result<json> copy_assessment_template(Call& c) {
  QF_TRY(json body, c.body());
  QF_TRY(int year, body_year(body));
  c.audit_object_type = "duty_assessment";
  c.audit_object_id = std::to_string(year);
  QF_TRY(int64_t n, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t n, duty::copy_template(conn, year, c.now_ms()));
           c.audit_summary = fmt::format("从 {} 年度复制考核项目 {} 项", year - 1, n);
           return n;
         }));
  return json{{"year", year}, {"copied", n}};
}

// PUT /duty/assessment/scores {year, department_id, scores: [{item_id, score, comment?}]}
Result<json> save_assessment_scores(Call& c) {
  QF_TRY(json body, c.body());
  QF_TRY(int year, body_year(body));
  QF_TRY(auto dept, id_field(body, "department_id"));
  if (!dept) return bad_field("department_id", "请选择被考核部门", "Choose the department assessed");
  if (!body.contains("scores") || !body["scores"].is_array())
    return bad_field("scores", "请提供得分列表 scores", "scores must be a list of item scores");
  std::vector<duty::ScoreInput> scores;
  for (size_t i = 0; i < body["scores"].size(); ++i) {
    const json& s = body["scores"][i];
    const std::string f = fmt::format("scores[{}]", i);
    if (!s.is_object()) return bad_field(f, f + " 应为对象", f + " must be an object");
    duty::ScoreInput in;
    QF_TRY(auto item, id_field(s, "item_id", f + ".item_id"));
    if (!item) return bad_field(f + ".item_id", "请指明考核项目", "The item is required");
    in.item_id = *item;
    if (!s.contains("score") || !s["score"].is_number())
      return bad_field(f + ".score", "得分应为 0 至 100 的数", "The score must be a number from 0 to 100");
    in.score = s["score"].get<double>();
    QF_TRY(in.comment, string_field(s, "comment", f + ".comment"));
    scores.push_back(std::move(in));
  }
  c.audit_object_type = "department";
  c.audit_object_id = std::to_string(*dept);
  c.audit_summary = fmt::format("{} 年度考核评分 {} 项", year, scores.size());
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) {
    return duty::save_scores(conn, c.who(), year, *dept, scores, c.who().display_name, c.now_ms());
  }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(duty::Assessment a, duty::read_assessment(lease.get(), c.who(), year));
  return assessment_json(a, c.who());
}

// GET /duty/assessment/export?year= — the score table in the ledger layout.
Result<http::Response> export_assessment(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(duty::Assessment a, duty::read_assessment(lease.get(), c.who(), year));
  spreadsheet::XlsxSheet sheet = duty::assessment_sheet(a);
  ledger_layout(lease.get(), c, sheet, fmt::format("{}年度党风廉政建设责任制考核评分表", year),
                fmt::format("年度 {}", year));
  duty::append_average(sheet, a);
  QF_TRY(std::string bytes, spreadsheet::write_xlsx({sheet}));
  return xlsx_response(std::move(bytes), fmt::format("{}年度考核评分表.xlsx", year));
}

// GET /duty/assessment/chain?year= — work point → tasks → items → scores.
Result<json> get_assessment_chain(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto lease, c.app.db->acquire());
  const bool with_tasks = c.who().can(kDutyRead);
  QF_TRY(auto chain, duty::assessment_chain(lease.get(), c.who(), year, today_of(c), with_tasks));
  const auto& [points, a] = chain;
  json out = json::array();
  for (const auto& p : points) {
    json tasks = json::array();
    for (const auto& t : p.tasks)
      tasks.push_back({{"id", t.id},
                       {"title", t.title},
                       {"department_name", t.department_name},
                       {"deadline_date", t.deadline_date},
                       {"progress", t.progress},
                       {"state", t.overdue ? "overdue" : std::string(duty::task_status_code(t.status))}});
    json items = json::array();
    for (const auto& i : p.items) {
      json scores = json::array();
      for (const auto& r : a.rows)
        if (auto it = r.scores.find(i.id); it != r.scores.end())
          scores.push_back({{"department_id", r.department_id},
                            {"department_name", r.department_name},
                            {"score", it->second.score_tenths / 10.0}});
      json j = item_json(i);
      j["scores"] = std::move(scores);
      items.push_back(std::move(j));
    }
    out.push_back({{"id", p.point.id},
                   {"title", p.point.title},
                   {"task_total", p.point.task_total},
                   {"task_done", p.point.task_done},
                   {"task_overdue", p.point.task_overdue},
                   {"tasks", std::move(tasks)},
                   {"items", std::move(items)}});
  }
  return json{{"year", year}, {"tasks_visible", with_tasks}, {"work_points", std::move(out)}};
}

// ---- meetings ----

json meeting_summary_json(const duty::MeetingSummary& m) {
  return json{{"id", m.id},
              {"kind", std::string(duty::meeting_kind_code(m.kind))},
              {"meeting_date", m.meeting_date},
              {"title", m.title},
              {"decision_total", m.decision_total},
              {"decision_tasks", m.decision_tasks},
              {"attendee_total", m.attendee_total},
              {"updated_at", m.updated_at}};
}

// GET /duty/meetings?year=&kind=
Result<json> list_duty_meetings(Call& c) {
  std::optional<int> year;
  if (auto y = c.req.query_param("year"); y && !y->empty()) {
    QF_TRY(int v, year_param(c));
    year = v;
  }
  std::optional<duty::MeetingKind> kind;
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    kind = duty::meeting_kind_from_code(*k);
    if (!kind)
      return bad_field("kind", "参数 kind 应为 report_hearing 或 situation_analysis",
                       "Parameter kind must be report_hearing or situation_analysis");
  }
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto list, duty::list_meetings(lease.get(), year, kind));
  json out = json::array();
  for (const auto& m : list) out.push_back(meeting_summary_json(m));
  return out;
}

Result<json> meeting_json(store::Connection& conn, const Call& c, int64_t id) {
  QF_TRY(duty::Meeting m, duty::get_meeting(conn, id));
  json j = meeting_summary_json(m.summary);
  j["minutes"] = m.minutes;
  json people = json::array();
  for (const auto& a : m.attendees)
    people.push_back({{"person_id", a.person_id}, {"name", a.name}, {"department_name", a.department_name}});
  j["attendees"] = std::move(people);
  json decisions = json::array();
  const std::string today = today_of(c);
  for (const auto& d : m.decisions) {
    json task = nullptr;
    if (d.task_id && c.who().can(kDutyRead)) {
      // The task's details only when the caller sees the task.
      auto t = duty::get_task(conn, c.who(), *d.task_id, today);
      if (t.ok())
        task = json{{"id", t->id},
                    {"title", t->title},
                    {"department_name", t->department_name},
                    {"deadline_date", t->deadline_date},
                    {"state", t->overdue ? "overdue" : std::string(duty::task_status_code(t->status))}};
      else if (t.error().kind != ErrorKind::kNotFound)
        return t.error();
    }
    decisions.push_back({{"id", d.id},
                         {"sort_order", d.sort_order},
                         {"content", d.content},
                         {"task_id", nullable(d.task_id)},
                         {"task", std::move(task)}});
  }
  j["decisions"] = std::move(decisions);
  j["may_manage"] = c.who().can(kMeetingManage) && c.who().can(kDutyManage);
  return j;
}

// GET /duty/meetings/{id}
Result<json> get_duty_meeting(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  return meeting_json(lease.get(), c, id);
}

// POST /duty/meetings
Result<json> create_duty_meeting(Call& c) {
  QF_TRY(json body, c.body());
  duty::MeetingInput in;
  QF_TRY(in.kind, string_field(body, "kind"));
  QF_TRY(in.meeting_date, string_field(body, "meeting_date"));
  QF_TRY(in.title, string_field(body, "title"));
  QF_TRY(in.minutes, string_field(body, "minutes"));
  if (body.contains("attendee_ids") && !body["attendee_ids"].is_null()) {
    if (!body["attendee_ids"].is_array())
      return bad_field("attendee_ids", "attendee_ids 应为人员编号列表", "attendee_ids must be a list of person ids");
    for (size_t i = 0; i < body["attendee_ids"].size(); ++i) {
      const json& p = body["attendee_ids"][i];
      if (!p.is_number_integer() || p.get<int64_t>() <= 0)
        return bad_field(fmt::format("attendee_ids[{}]", i), "参会人员应为人员编号", "An attendee must be a person id");
      in.attendee_ids.push_back(p.get<int64_t>());
    }
  }
  if (body.contains("decisions") && !body["decisions"].is_null()) {
    if (!body["decisions"].is_array())
      return bad_field("decisions", "decisions 应为会议决定列表", "decisions must be a list of texts");
    for (size_t i = 0; i < body["decisions"].size(); ++i) {
      const json& d = body["decisions"][i];
      if (!d.is_string())
        return bad_field(fmt::format("decisions[{}]", i), "会议决定应为文本", "A decision must be text");
      in.decisions.push_back(d.get<std::string>());
    }
  }
  c.audit_object_type = "duty_meeting";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t id, duty::create_meeting(conn, in, c.who().account_id, c.now_ms()));
           c.audit_object_id = std::to_string(id);
           c.audit_summary = fmt::format("{} {}，决定 {} 项", in.meeting_date, in.kind, in.decisions.size());
           return id;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  return meeting_json(lease.get(), c, id);
}

// POST /duty/meetings/{id}/decisions {content}
Result<json> add_duty_decision(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(std::string content, string_field(body, "content"));
  c.audit_object_type = "duty_meeting";
  c.audit_object_id = std::to_string(id);
  QF_TRY(int64_t d, c.tx([&](store::Connection& conn) { return duty::add_decision(conn, id, content, c.now_ms()); }));
  c.audit_summary = fmt::format("决定 {}", d);
  QF_TRY(auto lease, c.app.db->acquire());
  return meeting_json(lease.get(), c, id);
}

// POST /duty/meetings/{id}/decisions/{decision_id}/task
//   {work_point_id, title?, owner_department_id, owner_person_id?, deadline_date}
Result<json> decision_to_duty_task(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(int64_t decision, c.id_param("decision_id"));
  if (!c.who().can(kDutyManage))
    return Error::make(ErrorKind::kForbidden, "auth.forbidden", "没有部署任务的权限", "Not allowed to plan tasks");
  QF_TRY(json body, c.body());
  duty::TaskInput in;
  QF_TRY(auto wp, id_field(body, "work_point_id"));
  if (!wp) return bad_field("work_point_id", "请选择任务所属的工作要点", "Choose the work point of the task");
  in.work_point_id = *wp;
  QF_TRY(in.title, string_field(body, "title"));
  QF_TRY(auto dept, id_field(body, "owner_department_id"));
  if (!dept) return bad_field("owner_department_id", "请选择责任部门", "Choose the owner department");
  in.owner_department_id = *dept;
  QF_TRY(in.owner_person_id, id_field(body, "owner_person_id"));
  QF_TRY(in.deadline_date, string_field(body, "deadline_date"));
  c.audit_object_type = "duty_meeting";
  c.audit_object_id = std::to_string(id);
  QF_TRY(int64_t task, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t task, duty::decision_to_task(conn, id, decision, in, c.now_ms()));
           c.audit_summary = fmt::format("会议决定 {} 转为任务 {}", decision, task);
           return task;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(json j, meeting_json(lease.get(), c, id));
  j["task_id"] = task;
  return j;
}

void register_duty_assessment(Routes& routes, AppContext&) {
  RouteSpec read{"年度考核（模板、评分、排名）", "The year's assessment: template, scores, ranking", kAssessRead, "", "",
                 R"({"data":{"year":2026,"items":[{"id":1,"title":"落实主体责任","weight":30,"scoring_rule":"……"}],"rows":[{"department_id":3,"department_name":"规划处","total":88.5,"rank":1}]}})"};
  RouteSpec tmpl{"保存年度考核模板", "Save the year's assessment template", kAssessManage, "duty.assess.template",
                 R"({"year":2026,"items":[{"title":"落实主体责任","weight":60,"scoring_rule":"未按期完成一项扣 5 分","work_point_id":1},{"title":"廉政风险防控","weight":40,"scoring_rule":"……"}]})"};
  RouteSpec copy{"从上一年度复制考核模板", "Start the year's template from last year's", kAssessManage,
                 "duty.assess.copy", R"({"year":2026})", R"({"data":{"year":2026,"copied":5}})"};
  RouteSpec score{"考核评分（一个部门）", "Score a department", kAssessScore, "duty.assess.score",
                  R"({"year":2026,"department_id":3,"scores":[{"item_id":1,"score":92.5,"comment":"责任分解到位"}]})"};
  RouteSpec export_{"导出考核评分表", "Export the score table (XLSX)", kAssessRead};
  RouteSpec chain{"同谋划、同部署、同落实、同考核", "Work points with their tasks and scores", kAssessRead};
  RouteSpec meetings{"会议列表（听取纪委汇报、形势分析会）", "The committee's meetings", kMeetingRead};
  RouteSpec meeting{"会议详情（纪要、参会人员、决定）", "A meeting with minutes, attendees and decisions", kMeetingRead};
  RouteSpec add_meeting{"记录会议", "Record a meeting", kMeetingManage, "duty.meeting.create",
                        R"({"kind":"report_hearing","meeting_date":"2026-07-10","title":"党委会听取纪委上半年工作汇报","minutes":"……","attendee_ids":[12,13],"decisions":["开展廉政风险点复核"]})"};
  RouteSpec add_decision{"新增会议决定", "Add a decision to a meeting", kMeetingManage, "duty.meeting.decision",
                         R"({"content":"开展廉政风险点复核"})"};
  RouteSpec to_task{"会议决定转为任务", "Turn a decision into a task", kMeetingManage, "duty.meeting.decision_task",
                    R"({"work_point_id":1,"owner_department_id":3,"deadline_date":"2026-09-30"})"};

  routes.get("/duty/assessment", read, get_assessment);
  routes.put("/duty/assessment/template", tmpl, save_assessment_template);
  routes.post("/duty/assessment/copy-previous", copy, copy_assessment_template);
  routes.put("/duty/assessment/scores", score, save_assessment_scores);
  routes.raw_route("GET", "/duty/assessment/export", export_, export_assessment);
  routes.get("/duty/assessment/chain", chain, get_assessment_chain);
  routes.get("/duty/meetings", meetings, list_duty_meetings);
  routes.post("/duty/meetings", add_meeting, create_duty_meeting);
  routes.get("/duty/meetings/{id}", meeting, get_duty_meeting);
  routes.post("/duty/meetings/{id}/decisions", add_decision, add_duty_decision);
  routes.post("/duty/meetings/{id}/decisions/{decision_id}/task", to_task, decision_to_duty_task);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_duty_assessment);
