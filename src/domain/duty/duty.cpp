#include "domain/duty/duty.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "domain/auth/data_scope.h"
#include "domain/org/data_scope.h"
#include "domain/org/structure.h"

namespace qf::duty {
namespace {

using store::Params;
using store::Row;

constexpr size_t kTitleMax = 200;
constexpr size_t kContentMax = 2000;

Error invalid(const std::string& code, const std::string& zh, const std::string& en, const std::string& field) {
  return Error::invalid(code, zh, en, field);
}

Status check_year(int year, const std::string& field = "year") {
  if (year < 2000 || year > 2100)
    return invalid("duty.bad_year", fmt::format("年度应在 2000 至 2100 之间，实际为 {}", year),
                   fmt::format("Year must be from 2000 to 2100, got {}", year), field);
  return {};
}

Status check_text(const std::string& text, size_t max, const std::string& field, const std::string& label_zh,
                  const std::string& label_en) {
  bool blank = std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  if (blank)
    return invalid("duty.required", label_zh + "不能为空", label_en + " is required", field);
  if (text_length(text) > max)
    return invalid("duty.too_long", fmt::format("{}不能超过 {} 个字", label_zh, max),
                   fmt::format("{} must be at most {} characters", label_en, max), field);
  return {};
}

Error task_not_found() {
  return Error::make(ErrorKind::kNotFound, "duty.task.not_found", "任务不存在", "Task not found");
}
Error item_not_found() {
  return Error::make(ErrorKind::kNotFound, "duty.list_item.not_found", "责任清单条目不存在",
                     "Responsibility-list item not found");
}

std::string placeholders(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

// The tasks (alias t) `who` sees.
std::pair<std::string, Params> task_scope(const auth::Principal& who) {
  if (who.unit_wide) return {"1=1", {}};
  std::string sql = "(";
  Params ps;
  if (!who.department_ids.empty()) {
    sql += "t.owner_department_id IN (" + placeholders(who.department_ids.size()) + ") OR ";
    for (int64_t d : who.department_ids) ps.emplace_back(d);
  }
  if (who.person_id) {
    sql += "t.owner_person_id = ?";
    ps.emplace_back(*who.person_id);
  } else {
    sql += "1=0";
  }
  sql += ")";
  return {sql, ps};
}

ListItem item_of(const Row& r) {
  ListItem i;
  i.id = r.i64("id");
  i.year = static_cast<int>(r.i64("year"));
  i.kind = list_kind_from_code(r.text("kind")).value_or(ListKind::kPrimary);
  i.person_id = r.opt_i64("person_id");
  i.person_name = r.text("person_name");
  i.sort_order = static_cast<int>(r.i64("sort_order"));
  i.content = r.text("content");
  i.copied_from_id = r.opt_i64("copied_from_id");
  i.updated_at = r.i64("updated_at");
  return i;
}

bool sees_item(const auth::Principal& who, const ListItem& i) {
  if (i.kind != ListKind::kDual || who.unit_wide) return true;
  return who.person_id && i.person_id == who.person_id;
}

Task task_of(const Row& r, const std::string& today) {
  Task t;
  t.id = r.i64("id");
  t.work_point_id = r.i64("work_point_id");
  t.work_point_title = r.text("work_point_title");
  t.year = static_cast<int>(r.i64("year"));
  t.title = r.text("title");
  t.owner_department_id = r.i64("owner_department_id");
  t.department_name = r.text("department_name");
  t.owner_person_id = r.opt_i64("owner_person_id");
  t.person_name = r.text("person_name");
  t.deadline_date = r.text("deadline_date");
  t.status = task_status_from_code(r.text("status")).value_or(TaskStatus::kNotStarted);
  t.progress = static_cast<int>(r.i64("progress"));
  t.done_date = r.opt_text("done_date");
  t.overdue = t.status != TaskStatus::kDone && t.deadline_date < today;
  t.updated_at = r.i64("updated_at");
  return t;
}

Result<std::pair<std::vector<Task>, int64_t>> query_tasks(store::Connection& conn, const auth::Principal& who,
                                                          const TaskQuery& q, const std::string& today,
                                                          std::optional<int64_t> id) {
  auto [scope, scope_params] = task_scope(who);
  std::string where = "1=1";
  Params wp;
  if (id) { where += " AND t.id = ?"; wp.emplace_back(*id); }
  if (q.year) { where += " AND w.year = ?"; wp.emplace_back(int64_t{*q.year}); }
  if (q.work_point_id) { where += " AND t.work_point_id = ?"; wp.emplace_back(*q.work_point_id); }
  if (q.department_id) { where += " AND t.owner_department_id = ?"; wp.emplace_back(*q.department_id); }
  if (q.state) {
    if (*q.state == "overdue") {
      where += " AND t.status <> 'done' AND t.deadline_date < ?";
      wp.emplace_back(today);
    } else {
      where += " AND t.status = ?";
      wp.emplace_back(*q.state);
    }
  }
  const std::string dir = q.descending ? " DESC" : "";
  std::string order;
  if (q.sort == "department") order = "d.name" + dir + ", t.deadline_date, t.id";
  else if (q.sort == "status") order = "t.status" + dir + ", t.deadline_date, t.id";
  else if (q.sort == "updated_at") order = "t.updated_at" + dir + ", t.id";
  else order = "t.deadline_date" + dir + ", t.id" + dir;

  Params params = scope_params;
  params.insert(params.end(), wp.begin(), wp.end());
  std::string count_sql = org::splice(org::splice(store::sql(conn, "duty/tasks_count"), "/*SCOPE*/", scope),
                                      "/*WHERE*/", where);
  QF_TRY(Row n, conn.query_one(count_sql, params));
  const int64_t total = n.i64("n");

  std::string list_sql = org::splice(
      org::splice(org::splice(store::sql(conn, "duty/tasks"), "/*SCOPE*/", scope), "/*WHERE*/", where),
      "/*ORDER*/", order);
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  QF_TRY(store::ResultSet rs, conn.query(list_sql, params));
  std::vector<Task> tasks;
  std::map<int64_t, size_t> at;
  for (const Row& r : rs) {
    at[r.i64("id")] = tasks.size();
    tasks.push_back(task_of(r, today));
  }
  if (!tasks.empty()) {
    Params ids;
    for (const Task& t : tasks) ids.emplace_back(t.id);
    std::string ms_sql = org::splice(store::sql(conn, "duty/milestones_of"), "/*IDS*/", placeholders(ids.size()));
    QF_TRY(store::ResultSet ms, conn.query(ms_sql, ids));
    for (const Row& r : ms) {
      Milestone m{r.i64("id"), static_cast<int>(r.i64("sort_order")), r.text("title"), r.text("due_date"),
                  r.opt_text("done_date")};
      tasks[at.at(r.i64("task_id"))].milestones.push_back(std::move(m));
    }
  }
  return std::make_pair(std::move(tasks), total);
}

Status check_person(store::Connection& conn, int64_t id, const std::string& field) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/person_exists"), {id}));
  if (rs.empty())
    return invalid("duty.person_unknown", fmt::format("人员（编号 {}）不存在", id),
                   fmt::format("No person with id {}", id), field);
  return {};
}

Status check_department(store::Connection& conn, int64_t id, const std::string& field) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/department_exists"), {id}));
  if (rs.empty())
    return invalid("duty.department_unknown", fmt::format("部门（编号 {}）不存在或已撤销", id),
                   fmt::format("No current department with id {}", id), field);
  return {};
}

}  // namespace

size_t text_length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string_view list_kind_code(ListKind k) {
  switch (k) {
    case ListKind::kPrimary: return "primary";
    case ListKind::kSupervisory: return "supervisory";
    case ListKind::kDual: return "dual";
  }
  return "primary";
}
std::optional<ListKind> list_kind_from_code(std::string_view c) {
  if (c == "primary") return ListKind::kPrimary;
  if (c == "supervisory") return ListKind::kSupervisory;
  if (c == "dual") return ListKind::kDual;
  return std::nullopt;
}
std::string_view task_status_code(TaskStatus s) {
  switch (s) {
    case TaskStatus::kNotStarted: return "not_started";
    case TaskStatus::kInProgress: return "in_progress";
    case TaskStatus::kDone: return "done";
  }
  return "not_started";
}
std::optional<TaskStatus> task_status_from_code(std::string_view c) {
  if (c == "not_started") return TaskStatus::kNotStarted;
  if (c == "in_progress") return TaskStatus::kInProgress;
  if (c == "done") return TaskStatus::kDone;
  return std::nullopt;
}

// ---- lists ----

Result<std::vector<ListItem>> list_items(store::Connection& conn, const auth::Principal& who, int year,
                                         std::optional<ListKind> kind) {
  std::string where = "1=1";
  Params ps{int64_t{year}};
  if (kind) {
    where += " AND i.kind = ?";
    ps.emplace_back(std::string(list_kind_code(*kind)));
  }
  if (!who.unit_wide) {
    where += " AND (i.kind <> 'dual' OR i.person_id = ?)";
    ps.emplace_back(who.person_id ? store::Value{*who.person_id} : store::Value{nullptr});
  }
  QF_TRY(store::ResultSet rs, conn.query(org::splice(store::sql(conn, "duty/list_items"), "/*WHERE*/", where), ps));
  std::vector<ListItem> out;
  for (const Row& r : rs) out.push_back(item_of(r));
  return out;
}

Result<ListItem> get_list_item(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/list_item_get"), {id}));
  if (rs.empty()) return item_not_found();
  ListItem i = item_of(rs.front());
  if (!sees_item(who, i)) return item_not_found();
  return i;
}

Result<int64_t> add_list_item(store::Connection& conn, const ListItemInput& in, int64_t now_ms) {
  QF_TRY_STATUS(check_year(in.year));
  QF_TRY_STATUS(check_text(in.content, kContentMax, "content", "责任内容", "Content"));
  if (in.kind == ListKind::kDual) {
    if (!in.person_id)
      return invalid("duty.required", "一岗双责清单须指明班子成员", "A dual-duty item needs the committee member",
                     "person_id");
    QF_TRY_STATUS(check_person(conn, *in.person_id, "person_id"));
  } else if (in.person_id) {
    return invalid("duty.list.person_not_allowed", "只有一岗双责清单指明班子成员",
                   "Only dual-duty items name a committee member", "person_id");
  }
  return conn.insert(store::sql(conn, "duty/list_item_insert"),
                     {int64_t{in.year}, std::string(list_kind_code(in.kind)), store::opt(in.person_id),
                      int64_t{in.sort_order}, in.content, nullptr, now_ms, now_ms});
}

Status update_list_item(store::Connection& conn, int64_t id, const std::string& content, int sort_order,
                        int64_t now_ms) {
  QF_TRY_STATUS(check_text(content, kContentMax, "content", "责任内容", "Content"));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/list_item_update"), {content, int64_t{sort_order}, now_ms, id}));
  if (n == 0) return item_not_found();
  return {};
}

Status archive_list_item(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY_STATUS(check_text(reason, 500, "reason", "删除原因", "Reason"));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/list_item_archive"), {now_ms, reason, now_ms, id}));
  if (n == 0) return item_not_found();
  return {};
}

Result<int64_t> copy_previous_year(store::Connection& conn, int year, int64_t now_ms) {
  QF_TRY_STATUS(check_year(year));
  QF_TRY(Row have, conn.query_one(store::sql(conn, "duty/list_year_count"), {int64_t{year}}));
  if (have.i64("n") > 0)
    return Error::make(ErrorKind::kConflict, "duty.list.year_not_empty",
                       fmt::format("{} 年度清单已有 {} 条，不能再从上一年度复制", year, have.i64("n")),
                       fmt::format("The {} list already has {} items; it cannot start from last year's", year,
                                   have.i64("n")),
                       "year");
  QF_TRY(store::ResultSet prev, conn.query(store::sql(conn, "duty/list_year_all"), {int64_t{year - 1}}));
  if (prev.empty())
    return invalid("duty.list.nothing_to_copy", fmt::format("{} 年度没有责任清单可复制", year - 1),
                   fmt::format("There is no {} list to copy", year - 1), "year");
  for (const Row& r : prev) {
    QF_TRY(int64_t id, conn.insert(store::sql(conn, "duty/list_item_insert"),
                                   {int64_t{year}, r.text("kind"), r.at("person_id"), r.i64("sort_order"),
                                    r.text("content"), r.i64("id"), now_ms, now_ms}));
    (void)id;
  }
  return static_cast<int64_t>(prev.size());
}

Result<std::vector<std::pair<int, int64_t>>> list_years(store::Connection& conn) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/list_years")));
  std::vector<std::pair<int, int64_t>> out;
  for (const Row& r : rs) out.emplace_back(static_cast<int>(r.i64("year")), r.i64("n"));
  return out;
}

// ---- work points and tasks ----

Result<std::vector<WorkPoint>> list_work_points(store::Connection& conn, const auth::Principal& who, int year,
                                                const std::string& today) {
  auto [scope, scope_params] = task_scope(who);
  Params ps{today};
  ps.insert(ps.end(), scope_params.begin(), scope_params.end());
  ps.emplace_back(int64_t{year});
  QF_TRY(store::ResultSet rs, conn.query(org::splice(store::sql(conn, "duty/work_points"), "/*SCOPE*/", scope), ps));
  std::vector<WorkPoint> out;
  for (const Row& r : rs) {
    WorkPoint w;
    w.id = r.i64("id");
    w.year = static_cast<int>(r.i64("year"));
    w.sort_order = static_cast<int>(r.i64("sort_order"));
    w.title = r.text("title");
    w.task_total = r.i64("task_total");
    w.task_done = r.is_null("task_done") ? 0 : r.i64("task_done");
    w.task_overdue = r.is_null("task_overdue") ? 0 : r.i64("task_overdue");
    out.push_back(std::move(w));
  }
  return out;
}

Result<int64_t> create_work_point(store::Connection& conn, int year, const std::string& title, int sort_order,
                                  int64_t now_ms) {
  QF_TRY_STATUS(check_year(year));
  QF_TRY_STATUS(check_text(title, kTitleMax, "title", "工作要点", "Work point"));
  return conn.insert(store::sql(conn, "duty/work_point_insert"),
                     {int64_t{year}, int64_t{sort_order}, title, now_ms, now_ms});
}

Result<std::pair<std::vector<Task>, int64_t>> list_tasks(store::Connection& conn, const auth::Principal& who,
                                                          const TaskQuery& q, const std::string& today) {
  return query_tasks(conn, who, q, today, std::nullopt);
}

Result<Task> get_task(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& today) {
  TaskQuery q;
  q.limit = 1;
  QF_TRY(auto r, query_tasks(conn, who, q, today, id));
  if (r.first.empty()) return task_not_found();
  return std::move(r.first.front());
}

Result<int64_t> create_task(store::Connection& conn, const TaskInput& in, int64_t now_ms) {
  QF_TRY(store::ResultSet wp, conn.query(store::sql(conn, "duty/work_point_get"), {in.work_point_id}));
  if (wp.empty())
    return invalid("duty.work_point_unknown", fmt::format("工作要点（编号 {}）不存在", in.work_point_id),
                   fmt::format("No work point with id {}", in.work_point_id), "work_point_id");
  QF_TRY_STATUS(check_text(in.title, kTitleMax, "title", "任务名称", "Task title"));
  QF_TRY_STATUS(check_department(conn, in.owner_department_id, "owner_department_id"));
  if (in.owner_person_id) QF_TRY_STATUS(check_person(conn, *in.owner_person_id, "owner_person_id"));
  QF_TRY(Date deadline, Date::parse(in.deadline_date, "deadline_date"));
  for (size_t i = 0; i < in.milestones.size(); ++i) {
    const std::string f = fmt::format("milestones[{}]", i);
    QF_TRY_STATUS(check_text(in.milestones[i].title, kTitleMax, f + ".title", "节点名称", "Milestone title"));
    QF_TRY(Date due, Date::parse(in.milestones[i].due_date, f + ".due_date"));
    if (deadline < due)
      return invalid("duty.milestone_after_deadline",
                     fmt::format("节点日期 {} 晚于任务完成时限 {}", in.milestones[i].due_date, in.deadline_date),
                     fmt::format("Milestone date {} is after the task deadline {}", in.milestones[i].due_date,
                                 in.deadline_date),
                     f + ".due_date");
  }
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "duty/task_insert"),
                                 {in.work_point_id, in.title, in.owner_department_id, store::opt(in.owner_person_id),
                                  in.deadline_date, now_ms, now_ms}));
  for (size_t i = 0; i < in.milestones.size(); ++i) {
    QF_TRY(int64_t m, conn.insert(store::sql(conn, "duty/milestone_insert"),
                                  {id, static_cast<int64_t>(i + 1), in.milestones[i].title, in.milestones[i].due_date}));
    (void)m;
  }
  return id;
}

Status update_work_point(store::Connection& conn, int64_t id, const std::string& title, int sort_order, int64_t now_ms) {
  QF_TRY_STATUS(check_text(title, kTitleMax, "title", "工作要点", "Work point"));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/work_point_update"), {title, int64_t{sort_order}, now_ms, id}));
  if (n == 0)
    return Error::make(ErrorKind::kNotFound, "duty.work_point.not_found", "工作要点不存在", "Work point not found");
  return {};
}

Status archive_work_point(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY(store::ResultSet wp, conn.query(store::sql(conn, "duty/work_point_get"), {id}));
  if (wp.empty())
    return Error::make(ErrorKind::kNotFound, "duty.work_point.not_found", "工作要点不存在", "Work point not found");
  QF_TRY_STATUS(check_text(reason, kTitleMax, "reason", "归档原因", "Reason"));
  QF_TRY(Row open, conn.query_one(store::sql(conn, "duty/work_point_open_tasks"), {id}));
  if (open.i64("n") > 0)
    return Error::make(ErrorKind::kConflict, "duty.work_point.has_tasks",
                       fmt::format("该工作要点还有 {} 项任务，请先归档其任务", open.i64("n")),
                       fmt::format("The work point still has {} tasks; archive them first", open.i64("n")));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/work_point_archive"), {now_ms, reason, now_ms, id}));
  (void)n;
  return {};
}

Result<std::string> update_task(store::Connection& conn, const Task& before, const TaskChange& in, int64_t now_ms) {
  QF_TRY_STATUS(check_text(in.title, kTitleMax, "title", "任务名称", "Task title"));
  QF_TRY(store::ResultSet dep, conn.query(store::sql(conn, "duty/department_exists"), {in.owner_department_id}));
  if (dep.empty()) QF_TRY_STATUS(check_department(conn, in.owner_department_id, "owner_department_id"));
  if (in.owner_person_id) QF_TRY_STATUS(check_person(conn, *in.owner_person_id, "owner_person_id"));
  QF_TRY(Date deadline, Date::parse(in.deadline_date, "deadline_date"));
  (void)deadline;
  QF_TRY(Row late, conn.query_one(store::sql(conn, "duty/milestones_after"), {before.id, in.deadline_date}));
  if (!late.is_null("due"))
    return invalid("duty.milestone_after_deadline",
                   fmt::format("完成时限 {} 早于节点日期 {}", in.deadline_date, late.text("due")),
                   fmt::format("The deadline {} is before the milestone date {}", in.deadline_date, late.text("due")),
                   "deadline_date");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/task_update"),
                                 {in.title, in.owner_department_id, store::opt(in.owner_person_id), in.deadline_date,
                                  now_ms, before.id}));
  if (n == 0) return task_not_found();
  std::vector<std::string> changes;
  if (in.title != before.title) changes.push_back("任务名称");
  if (in.owner_department_id != before.owner_department_id)
    changes.push_back(fmt::format("责任部门 {}→{}", before.department_name, dep.empty() ? "" : dep.front().text("name")));
  if (in.owner_person_id != before.owner_person_id) changes.push_back("责任人");
  if (in.deadline_date != before.deadline_date)
    changes.push_back(fmt::format("完成时限 {}→{}", before.deadline_date, in.deadline_date));
  std::string words;
  for (const auto& c : changes) words += (words.empty() ? "" : "；") + c;
  return words.empty() ? std::string("未变更") : words;
}

Status archive_task(store::Connection& conn, int64_t id, const std::string& reason, int64_t now_ms) {
  QF_TRY_STATUS(check_text(reason, kTitleMax, "reason", "归档原因", "Reason"));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/task_archive"), {now_ms, reason, now_ms, id}));
  if (n == 0) return task_not_found();
  return {};
}

namespace {
// The task's owner, or a head of its owner department: who is told of its deadline.
bool owner_or_head(const auth::Principal& who, const Task& t) {
  if (who.person_id && t.owner_person_id == who.person_id) return true;
  for (const auth::RoleGrant& g : who.grants) {
    if (g.role != auth::Role::kDeptHead) continue;
    if (g.scope == auth::ScopeKind::kUnit) return true;
    if (g.scope == auth::ScopeKind::kDepartment && g.scope_ref == t.owner_department_id) return true;
  }
  return false;
}
}  // namespace

bool may_report(const auth::Principal& who, const Task& t, std::string_view manage_permission) {
  return who.can(manage_permission) || owner_or_head(who, t);
}

Status report_progress(store::Connection& conn, const Task& task, int64_t account_id,
                       const std::string& reporter_name, const ProgressInput& in, const std::string& today,
                       int64_t now_ms) {
  QF_TRY_STATUS(check_text(in.content, kContentMax, "content", "进展情况", "Progress report"));
  if (in.progress < 0 || in.progress > 100)
    return invalid("duty.bad_progress", fmt::format("完成进度应为 0 至 100 的整数，实际为 {}", in.progress),
                   fmt::format("Progress must be a whole percent from 0 to 100, got {}", in.progress), "progress");
  const bool done = in.status == TaskStatus::kDone;
  const int progress = done ? 100 : in.progress;
  for (size_t i = 0; i < in.milestones_done.size(); ++i) {
    QF_TRY(store::ResultSet m, conn.query(store::sql(conn, "duty/milestone_get"), {in.milestones_done[i], task.id}));
    if (m.empty())
      return invalid("duty.milestone_unknown", fmt::format("节点（编号 {}）不属于该任务", in.milestones_done[i]),
                     fmt::format("Milestone {} is not one of this task's", in.milestones_done[i]),
                     fmt::format("milestones_done[{}]", i));
  }
  // Everything checked: now the writes.
  for (int64_t m : in.milestones_done) {
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/milestone_done"), {today, m, task.id}));
    (void)n;
  }
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "duty/progress_insert"),
                                 {task.id, account_id, reporter_name, in.content, int64_t{progress},
                                  std::string(task_status_code(in.status)), now_ms}));
  (void)id;
  std::optional<std::string> done_date;
  if (done) done_date = task.done_date ? *task.done_date : today;
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/task_progress_update"),
                                 {std::string(task_status_code(in.status)), int64_t{progress}, store::opt(done_date),
                                  now_ms, task.id}));
  if (n == 0) return task_not_found();
  return {};
}

Result<std::vector<ProgressReport>> progress_of(store::Connection& conn, int64_t task_id) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/progress_of"), {task_id}));
  std::vector<ProgressReport> out;
  for (const Row& r : rs) {
    out.push_back(ProgressReport{r.i64("id"), r.text("reporter_name"), r.text("content"),
                                 static_cast<int>(r.i64("progress")),
                                 task_status_from_code(r.text("status")).value_or(TaskStatus::kInProgress),
                                 r.i64("reported_at")});
  }
  return out;
}

// ---- oversight ----

Result<std::vector<OversightRow>> current_oversight(store::Connection& conn, const std::string& today) {
  std::vector<OversightRow> out;
  std::map<int64_t, size_t> at;
  QF_TRY(store::ResultSet members, conn.query(store::sql(conn, "duty/committee_people")));
  for (const Row& r : members) {
    at[r.i64("id")] = out.size();
    out.push_back(OversightRow{r.i64("id"), r.text("name"), {}});
  }
  QF_TRY(store::ResultSet rows, conn.query(store::sql(conn, "duty/oversight_current"), {today, today}));
  for (const Row& r : rows) {
    const int64_t pid = r.i64("person_id");
    if (!at.count(pid)) {
      at[pid] = out.size();
      out.push_back(OversightRow{pid, r.text("person_name"), {}});
    }
    auto& deps = out[at[pid]].departments;
    const int64_t did = r.i64("department_id");
    if (std::none_of(deps.begin(), deps.end(), [&](const auto& d) { return d.first == did; }))
      deps.emplace_back(did, r.text("department_name"));
  }
  return out;
}

Status set_oversight(store::Connection& conn, int64_t person_id, const std::set<int64_t>& departments,
                     const std::string& today) {
  QF_TRY(store::ResultSet person, conn.query(store::sql(conn, "duty/person_exists"), {person_id}));
  if (person.empty())
    return Error::make(ErrorKind::kNotFound, "duty.person.not_found", "人员不存在", "Person not found");
  for (int64_t d : departments) QF_TRY_STATUS(check_department(conn, d, "department_ids"));
  QF_TRY(Date t, Date::parse(today, "today"));
  const std::string yesterday = t.add_days(-1).to_string();
  QF_TRY(auto rows, org::list_oversight(conn, person_id));
  std::set<int64_t> kept;
  for (const auto& o : rows) {
    const bool current = o.since_date <= today && (o.until_date.empty() || o.until_date >= today);
    if (!current) continue;
    if (departments.count(o.department_id) && !kept.count(o.department_id)) {
      kept.insert(o.department_id);
      continue;
    }
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/oversight_end"), {yesterday, o.id}));
    (void)n;
  }
  for (int64_t d : departments) {
    if (kept.count(d)) continue;
    QF_TRY(int64_t id, org::add_oversight(conn, person_id, d, today));
    (void)id;
  }
  return {};
}

// ---- reminders ----

Result<std::vector<messages::Reminder>> deadline_reminders(store::Connection& conn, const std::vector<int>& days_before,
                                                           const Date& today, int64_t now_ms,
                                                           std::string_view read_permission) {
  std::vector<messages::Reminder> out;
  std::vector<int> steps = days_before;
  std::sort(steps.begin(), steps.end());
  const int horizon = steps.empty() ? 0 : steps.back();
  QF_TRY(store::ResultSet tasks,
         conn.query(store::sql(conn, "duty/open_tasks_due"), {today.add_days(horizon).to_string()}));
  if (tasks.empty()) return out;
  QF_TRY(std::vector<int64_t> accounts, messages::accounts_with_permission(conn, read_permission));
  std::vector<auth::Principal> readers;
  for (int64_t id : accounts) {
    QF_TRY(auth::Principal p, auth::load_principal(conn, id, now_ms));
    readers.push_back(std::move(p));
  }
  for (const Row& r : tasks) {
    Task t;
    t.id = r.i64("id");
    t.owner_department_id = r.i64("owner_department_id");
    t.owner_person_id = r.opt_i64("owner_person_id");
    const std::string deadline = r.text("deadline_date");
    QF_TRY(Date due, Date::parse(deadline, "deadline_date"));
    const int64_t left = Date::days_between(today, due);
    std::string step;
    if (left < 0) {
      step = "overdue";
    } else {
      for (int s : steps) {
        if (left <= s) { step = std::to_string(s); break; }
      }
      if (step.empty()) continue;
    }
    const std::string title = r.text("title");
    const std::string dept = r.text("department_name");
    for (const auth::Principal& p : readers) {
      if (!owner_or_head(p, t)) continue;
      messages::Reminder m;
      m.account_id = p.account_id;
      m.kind = left < 0 ? messages::MessageKind::kOverdue : messages::MessageKind::kDueSoon;
      m.event_key = fmt::format("{}:{}:{}", kDeadlineFeed, t.id, step);
      if (left < 0) {
        m.title_zh = fmt::format("任务「{}」（{}）完成时限 {} 已逾期", title, dept, deadline);
        m.title_en = fmt::format("Task \"{}\" ({}) was due {}: overdue", title, dept, deadline);
      } else {
        m.title_zh = fmt::format("任务「{}」（{}）将于 {} 到期，还有 {} 天", title, dept, deadline, left);
        m.title_en = fmt::format("Task \"{}\" ({}) is due {}, in {} days", title, dept, deadline, left);
      }
      m.link = fmt::format("/duty/tasks/{}", t.id);
      m.object_type = "duty_task";
      m.object_id = std::to_string(t.id);
      m.due_date = deadline;
      out.push_back(std::move(m));
    }
  }
  return out;
}

}  // namespace qf::duty
