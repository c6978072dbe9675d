// Two responsibilities (两个责任), /api/v1/duty/…: the yearly responsibility lists, the
// overseeing of departments (分管), and the annual work points broken into tasks with
// milestones and progress reports (domain/duty/duty.h, docs/modules/duty.md).
//
// Who sees what: duty.read lets an account read; WHICH tasks it sees follows its data
// scope (the Party and discipline secretaries the whole bureau, a committee member the
// departments overseen, a department head the department) plus the tasks it owns; a
// task out of reach answers exactly like an absent one. The three administrators hold
// no duty permission (三员分立). Overseeing is set by duty.oversight.manage (the Party
// secretary, the organisation/HR department), never by an administrator.
//
// One named handler per endpoint; the registration at the end is the route table.
#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <set>

#include "api/api.h"
#include "api/duty_fields.h"
#include "api/request_fields.h"
#include "domain/auth/data_scope.h"
#include "domain/auth/permissions.h"
#include "domain/duty/duty.h"
#include "domain/duty/duty_config.h"
#include "domain/duty/meetings.h"

QF_REGISTER_CONFIG_SECTION("duty");

QF_REGISTER_PERMISSION("duty.read", "查看两个责任（清单、工作要点与任务）",
                       "Read the two responsibilities (lists, work points, tasks)", ::qf::auth::Role::kPartySecretary,
                       ::qf::auth::Role::kCommitteeMember, ::qf::auth::Role::kDisciplineSecretary,
                       ::qf::auth::Role::kDeptHead);
QF_REGISTER_PERMISSION("duty.manage", "部署工作要点与任务分解", "Plan work points and break them into tasks",
                       ::qf::auth::Role::kPartySecretary, ::qf::auth::Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION("duty.list.manage", "编制责任清单", "Write the responsibility lists",
                       ::qf::auth::Role::kPartySecretary, ::qf::auth::Role::kDisciplineSecretary);
QF_REGISTER_PERMISSION("duty.oversight.manage", "设置班子成员分管部门", "Set the departments committee members oversee",
                       ::qf::auth::Role::kPartySecretary, ::qf::auth::Role::kOrgHr);

namespace qf::api {
namespace {

constexpr const char* kRead = "duty.read";
constexpr const char* kManage = "duty.manage";
constexpr const char* kListManage = "duty.list.manage";
constexpr const char* kOversightManage = "duty.oversight.manage";

using namespace duty_fields;

json item_json(const duty::ListItem& i) {
  return json{{"id", i.id},
              {"year", i.year},
              {"kind", std::string(duty::list_kind_code(i.kind))},
              {"person_id", nullable(i.person_id)},
              {"person_name", i.person_name},
              {"sort_order", i.sort_order},
              {"content", i.content},
              {"copied_from_id", nullable(i.copied_from_id)},
              {"updated_at", i.updated_at}};
}

json task_json(const duty::Task& t, const auth::Principal& who) {
  json ms = json::array();
  for (const auto& m : t.milestones)
    ms.push_back({{"id", m.id},
                  {"title", m.title},
                  {"due_date", m.due_date},
                  {"done_date", m.done_date ? json(*m.done_date) : json(nullptr)}});
  return json{{"id", t.id},
              {"work_point_id", t.work_point_id},
              {"work_point_title", t.work_point_title},
              {"year", t.year},
              {"title", t.title},
              {"owner_department_id", t.owner_department_id},
              {"department_name", t.department_name},
              {"owner_person_id", nullable(t.owner_person_id)},
              {"person_name", t.person_name},
              {"deadline_date", t.deadline_date},
              {"status", std::string(duty::task_status_code(t.status))},
              {"state", t.overdue ? "overdue" : std::string(duty::task_status_code(t.status))},
              {"progress", t.progress},
              {"done_date", t.done_date ? json(*t.done_date) : json(nullptr)},
              {"overdue", t.overdue},
              {"updated_at", t.updated_at},
              {"may_report", duty::may_report(who, t, kManage)},
              {"milestones", std::move(ms)}};
}

// Primary and dual-duty lists are the Party committee's (the Party secretary writes
// them); the supervisory list is the discipline committee's (its secretary).
Status may_write_kind(const Call& c, duty::ListKind kind) {
  const auto needed =
      kind == duty::ListKind::kSupervisory ? auth::Role::kDisciplineSecretary : auth::Role::kPartySecretary;
  if (c.who().has_role(needed)) return {};
  return Error::make(ErrorKind::kForbidden, "duty.list.not_yours",
                     kind == duty::ListKind::kSupervisory ? "监督责任清单由纪委书记编制" : "主体责任和一岗双责清单由党委书记编制",
                     kind == duty::ListKind::kSupervisory ? "The supervisory list is written by the discipline secretary"
                                                          : "The primary and dual-duty lists are written by the Party secretary");
}

// GET /duty/years
Result<json> list_duty_years(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto years, duty::list_years(lease.get()));
  json out = json::array();
  for (const auto& [y, n] : years) out.push_back({{"year", y}, {"items", n}});
  return out;
}

// GET /duty/lists?year=&kind=
Result<json> list_duty_items(Call& c) {
  QF_TRY(int year, year_param(c));
  std::optional<duty::ListKind> kind;
  if (auto k = c.req.query_param("kind"); k && !k->empty()) {
    kind = duty::list_kind_from_code(*k);
    if (!kind) return bad_field("kind", "参数 kind 应为 primary、supervisory 或 dual", "Parameter kind must be primary, supervisory or dual");
  }
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto items, duty::list_items(lease.get(), c.who(), year, kind));
  json out = json::array();
  for (const auto& i : items) out.push_back(item_json(i));
  return out;
}

// POST /duty/lists
Result<json> add_duty_item(Call& c) {
  QF_TRY(json body, c.body());
  duty::ListItemInput in;
  QF_TRY(auto year, int_field(body, "year"));
  if (!year) return bad_field("year", "请填写年度", "Year is required");
  in.year = static_cast<int>(*year);
  QF_TRY(std::string kind, string_field(body, "kind"));
  auto k = duty::list_kind_from_code(kind);
  if (!k) return bad_field("kind", "清单类别应为 primary（主体责任）、supervisory（监督责任）或 dual（一岗双责）",
                           "Kind must be primary, supervisory or dual");
  in.kind = *k;
  QF_TRY(in.person_id, id_field(body, "person_id"));
  QF_TRY(auto order, int_field(body, "sort_order"));
  in.sort_order = static_cast<int>(order.value_or(0));
  QF_TRY(in.content, string_field(body, "content"));
  QF_TRY_STATUS(may_write_kind(c, in.kind));
  c.audit_object_type = "duty_list_item";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t id, duty::add_list_item(conn, in, c.now_ms()));
           c.audit_object_id = std::to_string(id);
           c.audit_summary = fmt::format("{} 年度 {}", in.year, duty::list_kind_code(in.kind));
           return id;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto item, duty::get_list_item(lease.get(), c.who(), id));
  return item_json(item);
}

// PUT /duty/lists/{id}
Result<json> update_duty_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(std::string content, string_field(body, "content"));
  QF_TRY(auto order, int_field(body, "sort_order"));
  c.audit_object_type = "duty_list_item";
  c.audit_object_id = std::to_string(id);
  QF_TRY(duty::ListItem item, c.tx([&](store::Connection& conn) -> Result<duty::ListItem> {
           QF_TRY(duty::ListItem before, duty::get_list_item(conn, c.who(), id));
           QF_TRY_STATUS(may_write_kind(c, before.kind));
           QF_TRY_STATUS(duty::update_list_item(conn, id, content, static_cast<int>(order.value_or(before.sort_order)),
                                                c.now_ms()));
           return duty::get_list_item(conn, c.who(), id);
         }));
  return item_json(item);
}

// POST /duty/lists/{id}/archive
Result<json> archive_duty_item(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(std::string reason, string_field(body, "reason"));
  c.audit_object_type = "duty_list_item";
  c.audit_object_id = std::to_string(id);
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
    QF_TRY(duty::ListItem before, duty::get_list_item(conn, c.who(), id));
    QF_TRY_STATUS(may_write_kind(c, before.kind));
    return duty::archive_list_item(conn, id, reason, c.now_ms());
  }));
  return json{{"id", id}, {"archived", true}};
}

// POST /duty/lists/copy-previous {year}
Result<json> copy_duty_list(Call& c) {
  QF_TRY(json body, c.body());
  QF_TRY(auto year, int_field(body, "year"));
  if (!year) return bad_field("year", "请填写年度", "Year is required");
  if (!c.who().has_role(auth::Role::kPartySecretary))
    return Error::make(ErrorKind::kForbidden, "duty.list.not_yours", "新年度清单由党委书记从上一年度复制",
                       "The Party secretary starts a new year's list from last year's");
  c.audit_object_type = "duty_list";
  c.audit_object_id = std::to_string(*year);
  QF_TRY(int64_t n, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t n, duty::copy_previous_year(conn, static_cast<int>(*year), c.now_ms()));
           c.audit_summary = fmt::format("从 {} 年度复制 {} 条", *year - 1, n);
           return n;
         }));
  return json{{"year", *year}, {"copied", n}};
}

// GET /duty/work-points?year=
Result<json> list_duty_work_points(Call& c) {
  QF_TRY(int year, year_param(c));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto points, duty::list_work_points(lease.get(), c.who(), year, today_of(c)));
  json out = json::array();
  for (const auto& w : points)
    out.push_back({{"id", w.id},
                   {"year", w.year},
                   {"sort_order", w.sort_order},
                   {"title", w.title},
                   {"task_total", w.task_total},
                   {"task_done", w.task_done},
                   {"task_overdue", w.task_overdue}});
  return out;
}

// POST /duty/work-points
Result<json> create_duty_work_point(Call& c) {
  QF_TRY(json body, c.body());
  QF_TRY(auto year, int_field(body, "year"));
  if (!year) return bad_field("year", "请填写年度", "Year is required");
  QF_TRY(std::string title, string_field(body, "title"));
  QF_TRY(auto order, int_field(body, "sort_order"));
  c.audit_object_type = "duty_work_point";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t id, duty::create_work_point(conn, static_cast<int>(*year), title,
                                                      static_cast<int>(order.value_or(0)), c.now_ms()));
           c.audit_object_id = std::to_string(id);
           return id;
         }));
  return json{{"id", id}, {"year", *year}, {"title", title}};
}

Result<json> get_duty_task(Call& c);

// PUT /duty/work-points/{id} {title, sort_order?}
Result<json> update_duty_work_point(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(std::string title, string_field(body, "title"));
  QF_TRY(auto order, int_field(body, "sort_order"));
  c.audit_object_type = "duty_work_point";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = title;
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) {
    return duty::update_work_point(conn, id, title, static_cast<int>(order.value_or(0)), c.now_ms());
  }));
  return json{{"id", id}, {"title", title}};
}

// POST /duty/work-points/{id}/archive {reason}
Result<json> archive_duty_work_point(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(std::string reason, string_field(body, "reason"));
  c.audit_object_type = "duty_work_point";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = reason;
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) { return duty::archive_work_point(conn, id, reason, c.now_ms()); }));
  return json{{"id", id}, {"archived", true}};
}

// PUT /duty/tasks/{id} {title?, owner_department_id?, owner_person_id?, deadline_date?} — absent fields keep their value.
Result<json> update_duty_task(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  c.audit_object_type = "duty_task";
  c.audit_object_id = std::to_string(id);
  const std::string today = today_of(c);
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
    QF_TRY(duty::Task before, duty::get_task(conn, c.who(), id, today));
    duty::TaskChange in{before.title, before.owner_department_id, before.owner_person_id, before.deadline_date};
    if (body.contains("title")) {
      QF_TRY(in.title, string_field(body, "title"));
    }
    if (body.contains("owner_department_id")) {
      QF_TRY(auto dept, id_field(body, "owner_department_id"));
      if (!dept) return bad_field("owner_department_id", "请选择责任部门", "Choose the owner department");
      in.owner_department_id = *dept;
    }
    if (body.contains("owner_person_id")) {
      QF_TRY(in.owner_person_id, id_field(body, "owner_person_id"));
    }
    if (body.contains("deadline_date")) {
      QF_TRY(in.deadline_date, string_field(body, "deadline_date"));
    }
    QF_TRY(std::string words, duty::update_task(conn, before, in, c.now_ms()));
    c.audit_summary = words;
    return {};
  }));
  return get_duty_task(c);
}

// POST /duty/tasks/{id}/archive {reason}
Result<json> archive_duty_task(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  QF_TRY(std::string reason, string_field(body, "reason"));
  c.audit_object_type = "duty_task";
  c.audit_object_id = std::to_string(id);
  c.audit_summary = reason;
  const std::string today = today_of(c);
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
    QF_TRY(duty::Task before, duty::get_task(conn, c.who(), id, today));
    return duty::archive_task(conn, before.id, reason, c.now_ms());
  }));
  return json{{"id", id}, {"archived", true}};
}

// GET /duty/tasks
Result<std::pair<json, int64_t>> list_duty_tasks(Call& c) {
  QF_TRY(Paging paging, c.paging({"deadline_date", "department", "status", "updated_at"}));
  duty::TaskQuery q;
  q.offset = paging.offset();
  q.limit = paging.page_size;
  if (!paging.sort.empty()) q.sort = paging.sort;
  q.descending = paging.descending;
  if (auto y = c.req.query_param("year"); y && !y->empty()) {
    QF_TRY(int year, year_param(c));
    q.year = year;
  }
  QF_TRY(q.work_point_id, query_id(c, "work_point_id"));
  QF_TRY(q.department_id, query_id(c, "department_id"));
  if (auto s = c.req.query_param("state"); s && !s->empty()) {
    if (*s != "overdue" && !duty::task_status_from_code(*s))
      return bad_field("state", "参数 state 应为 not_started、in_progress、done 或 overdue",
                       "Parameter state must be not_started, in_progress, done or overdue");
    q.state = *s;
  }
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto r, duty::list_tasks(lease.get(), c.who(), q, today_of(c)));
  json items = json::array();
  for (const auto& t : r.first) items.push_back(task_json(t, c.who()));
  return std::make_pair(std::move(items), r.second);
}

// GET /duty/tasks/{id}
Result<json> get_duty_task(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(duty::Task t, duty::get_task(lease.get(), c.who(), id, today_of(c)));
  QF_TRY(auto reports, duty::progress_of(lease.get(), id));
  json j = task_json(t, c.who());
  json rs = json::array();
  for (const auto& p : reports)
    rs.push_back({{"id", p.id},
                  {"reporter_name", p.reporter_name},
                  {"content", p.content},
                  {"progress", p.progress},
                  {"status", std::string(duty::task_status_code(p.status))},
                  {"reported_at", p.reported_at}});
  j["progress_reports"] = std::move(rs);
  // The meeting decision the task came from (同部署), if any.
  QF_TRY(auto source, duty::task_source(lease.get(), id));
  j["source"] = source ? json{{"meeting_id", source->meeting_id},
                              {"decision_id", source->decision_id},
                              {"kind", std::string(duty::meeting_kind_code(source->kind))},
                              {"meeting_date", source->meeting_date},
                              {"meeting_title", source->meeting_title}}
                       : json(nullptr);
  return j;
}

// POST /duty/tasks
Result<json> create_duty_task(Call& c) {
  QF_TRY(json body, c.body());
  duty::TaskInput in;
  QF_TRY(auto wp, id_field(body, "work_point_id"));
  if (!wp) return bad_field("work_point_id", "请选择工作要点", "Choose the work point");
  in.work_point_id = *wp;
  QF_TRY(in.title, string_field(body, "title"));
  QF_TRY(auto dept, id_field(body, "owner_department_id"));
  if (!dept) return bad_field("owner_department_id", "请选择责任部门", "Choose the owner department");
  in.owner_department_id = *dept;
  QF_TRY(in.owner_person_id, id_field(body, "owner_person_id"));
  QF_TRY(in.deadline_date, string_field(body, "deadline_date"));
  if (body.contains("milestones") && !body["milestones"].is_null()) {
    if (!body["milestones"].is_array())
      return bad_field("milestones", "字段 milestones 应为列表", "Field milestones must be a list");
    for (size_t i = 0; i < body["milestones"].size(); ++i) {
      const json& m = body["milestones"][i];
      const std::string f = fmt::format("milestones[{}]", i);
      if (!m.is_object()) return bad_field(f, f + " 应为对象", f + " must be an object");
      QF_TRY(std::string title, string_field(m, "title"));
      QF_TRY(std::string due, string_field(m, "due_date"));
      in.milestones.push_back({title, due});
    }
  }
  c.audit_object_type = "duty_task";
  QF_TRY(int64_t id, c.tx([&](store::Connection& conn) -> Result<int64_t> {
           QF_TRY(int64_t id, duty::create_task(conn, in, c.now_ms()));
           c.audit_object_id = std::to_string(id);
           return id;
         }));
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(duty::Task t, duty::get_task(lease.get(), c.who(), id, today_of(c)));
  return task_json(t, c.who());
}

// POST /duty/tasks/{id}/progress
Result<json> report_duty_progress(Call& c) {
  QF_TRY(int64_t id, c.id_param());
  QF_TRY(json body, c.body());
  duty::ProgressInput in;
  QF_TRY(in.content, string_field(body, "content"));
  QF_TRY(auto progress, int_field(body, "progress"));
  if (!progress) return bad_field("progress", "请填写完成进度（0–100）", "Progress (0–100) is required");
  in.progress = static_cast<int>(std::clamp<int64_t>(*progress, -1, 101));
  QF_TRY(std::string status, string_field(body, "status"));
  auto s = duty::task_status_from_code(status.empty() ? "in_progress" : status);
  if (!s) return bad_field("status", "状态应为 not_started、in_progress 或 done", "Status must be not_started, in_progress or done");
  in.status = *s;
  if (body.contains("milestones_done") && !body["milestones_done"].is_null()) {
    if (!body["milestones_done"].is_array())
      return bad_field("milestones_done", "字段 milestones_done 应为节点编号列表", "Field milestones_done must be a list of ids");
    for (const auto& m : body["milestones_done"]) {
      if (!m.is_number_integer())
        return bad_field("milestones_done", "字段 milestones_done 应为节点编号列表", "Field milestones_done must be a list of ids");
      in.milestones_done.push_back(m.get<int64_t>());
    }
  }
  c.audit_object_type = "duty_task";
  c.audit_object_id = std::to_string(id);
  const std::string today = today_of(c);
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) -> Status {
    QF_TRY(duty::Task t, duty::get_task(conn, c.who(), id, today));
    if (!duty::may_report(c.who(), t, kManage))
      return Error::make(ErrorKind::kForbidden, "duty.task.not_owner", "只有责任部门负责人或责任人可以报送进展",
                         "Only the owner department's head or the task's owner may report progress");
    c.audit_summary = fmt::format("进度 {}%，{}", in.progress, duty::task_status_code(in.status));
    return duty::report_progress(conn, t, c.who().account_id, c.who().display_name, in, today, c.now_ms());
  }));
  return get_duty_task(c);
}

// GET /duty/oversight
Result<json> list_duty_oversight(Call& c) {
  QF_TRY(auto lease, c.app.db->acquire());
  QF_TRY(auto rows, duty::current_oversight(lease.get(), today_of(c)));
  json out = json::array();
  for (const auto& r : rows) {
    json deps = json::array();
    for (const auto& [id, name] : r.departments) deps.push_back({{"id", id}, {"name", name}});
    out.push_back({{"person_id", r.person_id}, {"person_name", r.person_name}, {"departments", std::move(deps)}});
  }
  return out;
}

// PUT /duty/oversight/{id}  {department_ids: [...]}
Result<json> set_duty_oversight(Call& c) {
  QF_TRY(int64_t person, c.id_param());
  QF_TRY(json body, c.body());
  if (!body.contains("department_ids") || !body["department_ids"].is_array())
    return bad_field("department_ids", "请提供分管部门编号列表 department_ids（可为空列表）",
                     "department_ids must be a list of department ids (may be empty)");
  std::set<int64_t> deps;
  for (const auto& d : body["department_ids"]) {
    if (!d.is_number_integer() || d.get<int64_t>() <= 0)
      return bad_field("department_ids", "department_ids 应为部门编号（正整数）列表",
                       "department_ids must be a list of department ids (positive whole numbers)");
    deps.insert(d.get<int64_t>());
  }
  c.audit_object_type = "person";
  c.audit_object_id = std::to_string(person);
  c.audit_summary = fmt::format("分管部门 {} 个", deps.size());
  QF_TRY_STATUS(c.tx([&](store::Connection& conn) { return duty::set_oversight(conn, person, deps, today_of(c)); }));
  return list_duty_oversight(c);
}

void register_duty(Routes& routes, AppContext& app) {
  auto section = app.config.module_section("duty");
  auto cfg = duty::DutyConfig::from_toml(section.toml, section.source);
  if (!cfg.ok()) {
    // A bad [duty] section stops `qingfeng serve` before it listens.
    std::fprintf(stderr, "%s\n%s\n", cfg.error().message_zh.c_str(), cfg.error().message_en.c_str());
    std::exit(2);
  }
  app.feeds.add({duty::kDeadlineFeed, [days = cfg->remind_days_before](store::Connection& conn,
                                                                        const messages::FeedContext& f) {
                   return duty::deadline_reminders(conn, days, f.today, f.now_ms, kRead);
                 }});

  RouteSpec years{"责任清单年度", "Years with responsibility lists", kRead};
  RouteSpec items{"责任清单（按年度、类别）", "Responsibility list of a year", kRead, "", "",
                  R"({"data":[{"id":1,"year":2026,"kind":"primary","person_id":null,"person_name":"","sort_order":1,"content":"履行全面从严治党主体责任……","copied_from_id":null}]})"};
  RouteSpec add_item{"新增责任清单条目", "Add a responsibility-list item", kListManage, "duty.list.add",
                     R"({"year":2026,"kind":"dual","person_id":12,"content":"督促分管部门落实廉政风险防控措施"})"};
  RouteSpec update_item{"修改责任清单条目", "Change a responsibility-list item", kListManage, "duty.list.update"};
  RouteSpec archive_item{"删除责任清单条目（归档）", "Archive a responsibility-list item", kListManage,
                         "duty.list.archive"};
  RouteSpec copy{"从上一年度复制责任清单", "Start a year's list from last year's", kListManage, "duty.list.copy",
                 R"({"year":2026})", R"({"data":{"year":2026,"copied":14}})"};
  RouteSpec points{"年度工作要点", "Work points of a year", kRead};
  RouteSpec add_point{"新增工作要点", "Add a work point", kManage, "duty.work_point.create"};
  RouteSpec update_point{"修改工作要点", "Change a work point", kManage, "duty.work_point.update", R"({"title":"压紧压实管党治党政治责任","sort_order":1})"};
  RouteSpec archive_point{"归档工作要点", "Archive a work point (its tasks first)", kManage, "duty.work_point.archive", R"({"reason":"并入第一项要点"})"};
  RouteSpec update_task{"修改任务（名称、责任部门与责任人、完成时限）", "Change a task's title, owner or deadline", kManage, "duty.task.update",
                        R"({"owner_department_id":3,"owner_person_id":40,"deadline_date":"2026-09-30"})"};
  RouteSpec archive_task{"归档任务", "Archive a task", kManage, "duty.task.archive", R"({"reason":"重复部署"})"};
  RouteSpec tasks{"任务分解列表", "Tasks", kRead};
  RouteSpec task{"任务详情（含节点与进展）", "A task with milestones and progress reports", kRead};
  RouteSpec add_task{"新增任务", "Add a task", kManage, "duty.task.create",
                     R"({"work_point_id":1,"title":"开展廉政风险排查","owner_department_id":3,"owner_person_id":40,"deadline_date":"2026-06-30","milestones":[{"title":"制定方案","due_date":"2026-03-31"}]})"};
  RouteSpec progress{"报送任务进展", "Report a task's progress", kRead, "duty.task.progress",
                     R"({"content":"已完成排查，正在整改","progress":60,"status":"in_progress","milestones_done":[5]})"};
  RouteSpec oversight{"班子成员分管部门", "Departments overseen by committee members", kOversightManage};
  RouteSpec set_oversight{"设置分管部门", "Set the departments a committee member oversees", kOversightManage,
                          "duty.oversight.set", R"({"department_ids":[3,7]})"};

  routes.get("/duty/years", years, list_duty_years);
  routes.get("/duty/lists", items, list_duty_items);
  routes.post("/duty/lists", add_item, add_duty_item);
  routes.post("/duty/lists/copy-previous", copy, copy_duty_list);
  routes.put("/duty/lists/{id}", update_item, update_duty_item);
  routes.post("/duty/lists/{id}/archive", archive_item, archive_duty_item);
  routes.get("/duty/work-points", points, list_duty_work_points);
  routes.post("/duty/work-points", add_point, create_duty_work_point);
  routes.put("/duty/work-points/{id}", update_point, update_duty_work_point);
  routes.post("/duty/work-points/{id}/archive", archive_point, archive_duty_work_point);
  routes.list_route("/duty/tasks", tasks, list_duty_tasks);
  routes.put("/duty/tasks/{id}", update_task, update_duty_task);
  routes.post("/duty/tasks/{id}/archive", archive_task, archive_duty_task);
  routes.post("/duty/tasks", add_task, create_duty_task);
  routes.get("/duty/tasks/{id}", task, get_duty_task);
  routes.post("/duty/tasks/{id}/progress", progress, report_duty_progress);
  routes.get("/duty/oversight", oversight, list_duty_oversight);
  routes.put("/duty/oversight/{id}", set_oversight, set_duty_oversight);
}

}  // namespace
}  // namespace qf::api

QF_REGISTER_API(qf::api::register_duty);
