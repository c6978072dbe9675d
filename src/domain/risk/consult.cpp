#include "domain/risk/consult.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "core/calendar.h"
#include "domain/org/data_scope.h"
#include "domain/org/structure.h"

namespace qf::risk {
namespace {

using store::Params;
using store::Row;

constexpr size_t kTitleMax = 200;
constexpr size_t kMinutesMax = 20000;
constexpr size_t kDecisionMax = 1000;
constexpr size_t kNoteMax = 1000;

Error invalid(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("risk.invalid", zh, en, field);
}
bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}
Status check_text(const std::string& text, size_t max, const std::string& field, const std::string& zh,
                  const std::string& en, bool required = true) {
  if (required && blank(text)) return invalid(field, zh + "不能为空", en + " is required");
  if (org::text_length(text) > max)
    return invalid(field, fmt::format("{}不能超过 {} 个字", zh, max), fmt::format("{} must be at most {} characters", en, max));
  return {};
}
// The first `n` code points of a UTF-8 text.
std::string prefix(const std::string& s, size_t n) {
  size_t count = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (count == n) break;
      ++count;
    }
  }
  return s.substr(0, i);
}
Error consultation_not_found() { return Error::not_found("会商会诊记录", "Consultation"); }
Error check_not_found() { return Error::not_found("执行情况检查", "Execution check"); }

Status check_date(const std::string& text, const std::string& field) {
  auto d = Date::parse(text, field);
  if (!d.ok())
    return invalid(field, "日期格式应为 YYYY-MM-DD（如 2026-03-15）", "The date must be YYYY-MM-DD (e.g. 2026-03-15)");
  return {};
}

}  // namespace

// ---- 会商会诊 ----

Result<std::vector<Consultation>> list_consultations(store::Connection& conn, std::optional<int> year) {
  const std::string from = year ? fmt::format("{:04}-01-01", *year) : "0000-01-01";
  const std::string to = year ? fmt::format("{:04}-12-31", *year) : "9999-12-31";
  QF_TRY(auto rs, conn.query(store::sql(conn, "risk/c_list"), {from, to}));
  std::vector<Consultation> out;
  for (const Row& r : rs) {
    Consultation c;
    c.id = r.i64("id");
    c.meeting_date = r.text("meeting_date");
    c.title = r.text("title");
    c.updated_at = r.i64("updated_at");
    c.attendee_total = r.i64("attendee_total");
    c.point_total = r.i64("point_total");
    c.decision_total = r.i64("decision_total");
    c.decision_tasks = r.i64("decision_tasks");
    out.push_back(std::move(c));
  }
  return out;
}

Result<Consultation> get_consultation(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "risk/c_get"), {id}));
  if (rs.empty()) return consultation_not_found();
  Consultation c;
  c.id = id;
  c.meeting_date = rs.front().text("meeting_date");
  c.title = rs.front().text("title");
  c.minutes = rs.front().text("minutes");
  c.updated_at = rs.front().i64("updated_at");
  QF_TRY(auto people, conn.query(store::sql(conn, "risk/c_attendees"), {id}));
  for (const Row& r : people) c.attendees.push_back({r.i64("id"), r.text("name"), r.text("department_name")});
  QF_TRY(auto points, conn.query(store::sql(conn, "risk/c_points"), {id}));
  for (const Row& r : points) {
    if (!can_see_department(who, r.i64("department_id"))) continue;
    c.points.push_back({r.i64("id"), r.i64("department_id"), r.text("department_name"), r.text("category"),
                        r.text("description"), static_cast<int>(r.i64("level"))});
  }
  QF_TRY(auto ds, conn.query(store::sql(conn, "risk/c_decisions"), {id}));
  for (const Row& r : ds) {
    ConsultDecision d;
    d.id = r.i64("id");
    d.sort_order = static_cast<int>(r.i64("sort_order"));
    d.content = r.text("content");
    d.task_id = r.opt_i64("task_id");
    if (d.task_id) {
      d.task_title = r.text("task_title");
      d.task_deadline = r.text("deadline_date");
      d.task_status = r.text("status");
      d.task_department_name = r.text("task_department_name");
      d.task_person_name = r.text("task_person_name");
    }
    c.decisions.push_back(std::move(d));
  }
  c.attendee_total = static_cast<int64_t>(c.attendees.size());
  c.point_total = static_cast<int64_t>(points.size());
  c.decision_total = static_cast<int64_t>(c.decisions.size());
  c.decision_tasks =
      std::count_if(c.decisions.begin(), c.decisions.end(), [](const ConsultDecision& d) { return d.task_id.has_value(); });
  return c;
}

Result<int64_t> create_consultation(store::Connection& conn, const auth::Principal& who, const ConsultInput& in,
                                    int64_t account_id, int64_t now_ms) {
  QF_TRY_STATUS(check_date(in.meeting_date, "meeting_date"));
  QF_TRY_STATUS(check_text(in.title, kTitleMax, "title", "会议名称", "Meeting title"));
  QF_TRY_STATUS(check_text(in.minutes, kMinutesMax, "minutes", "会议纪要", "Minutes"));
  for (size_t i = 0; i < in.attendee_ids.size(); ++i) {
    QF_TRY(auto p, conn.query(store::sql(conn, "risk/person_name"), {in.attendee_ids[i]}));
    if (p.empty())
      return invalid(fmt::format("attendee_ids[{}]", i), fmt::format("参会人员（编号 {}）不存在", in.attendee_ids[i]),
                     fmt::format("No person with id {}", in.attendee_ids[i]));
  }
  if (in.risk_point_ids.empty())
    return invalid("risk_point_ids", "请选择会商的风险点", "Choose the risk points discussed");
  for (size_t i = 0; i < in.risk_point_ids.size(); ++i) {
    auto p = get_point(conn, who, in.risk_point_ids[i]);
    if (!p.ok()) {
      if (p.error().kind != ErrorKind::kNotFound) return p.take_error();
      return invalid(fmt::format("risk_point_ids[{}]", i), fmt::format("风险点（编号 {}）不存在", in.risk_point_ids[i]),
                     fmt::format("No risk point with id {}", in.risk_point_ids[i]));
    }
  }
  for (size_t i = 0; i < in.decisions.size(); ++i)
    QF_TRY_STATUS(check_text(in.decisions[i], kDecisionMax, fmt::format("decisions[{}]", i), "会商决定", "Decision"));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "risk/c_insert"),
                                 {in.meeting_date, in.title, in.minutes, account_id, now_ms, now_ms}));
  std::set<int64_t> seen;
  for (int64_t p : in.attendee_ids) {
    if (!seen.insert(p).second) continue;
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/c_attendee_insert"), {id, p}));
    (void)n;
  }
  seen.clear();
  for (int64_t p : in.risk_point_ids) {
    if (!seen.insert(p).second) continue;
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/c_point_insert"), {id, p}));
    (void)n;
  }
  for (size_t i = 0; i < in.decisions.size(); ++i) {
    QF_TRY(int64_t d, conn.insert(store::sql(conn, "risk/c_decision_insert"),
                                  {id, static_cast<int64_t>(i + 1), in.decisions[i], now_ms}));
    (void)d;
  }
  return id;
}

Result<int64_t> consult_decision_to_task(store::Connection& conn, int64_t consultation_id, int64_t decision_id,
                                         duty::TaskInput in, int64_t now_ms) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "risk/c_decision_get"), {decision_id, consultation_id}));
  if (rs.empty()) return Error::not_found("会商决定", "Consultation decision");
  const auto has_task = [] {
    return Error::make(ErrorKind::kConflict, "risk.consult.decision_has_task", "该会商决定已转为任务",
                       "This decision is already a task");
  };
  if (!rs.front().is_null("task_id")) return has_task();
  if (blank(in.title)) in.title = prefix(rs.front().text("content"), 200);
  QF_TRY(int64_t task, duty::create_task(conn, in, now_ms));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/c_decision_link"), {task, decision_id}));
  if (n != 1) return has_task();
  QF_TRY(int64_t t, conn.execute(store::sql(conn, "risk/c_touch"), {now_ms, consultation_id}));
  (void)t;
  return task;
}

Result<std::vector<ConsultRef>> consultations_of_point(store::Connection& conn, int64_t risk_point_id) {
  QF_TRY(auto rs, conn.query(store::sql(conn, "risk/c_of_point"), {risk_point_id}));
  std::vector<ConsultRef> out;
  for (const Row& r : rs) out.push_back({r.i64("id"), r.text("meeting_date"), r.text("title")});
  return out;
}

// ---- 负面清单执行情况检查 ----

bool is_check_result(const std::string& code) {
  return code == kExecuted || code == kPartial || code == kNotExecuted;
}

namespace {
ExecutionCheck check_of(const Row& r) {
  ExecutionCheck k;
  k.id = r.i64("id");
  k.department_id = r.i64("department_id");
  k.department_name = r.text("department_name");
  k.negative_list_id = r.i64("negative_list_id");
  k.list_revision = r.i64("list_revision");
  k.year = static_cast<int>(r.i64("year"));
  k.check_date = r.text("check_date");
  k.summary = r.text("summary");
  k.checker_name = r.text("checker_name");
  k.created_at = r.i64("created_at");
  k.executed = r.i64("executed");
  k.partial = r.i64("partial");
  k.not_executed = r.i64("not_executed");
  k.open_rectifications = r.i64("open_rectifications");
  return k;
}

Result<std::vector<ExecutionCheck>> checks_where(store::Connection& conn, const auth::Principal& who, std::string where,
                                                 Params ps) {
  if (who.unit_wide) {
    // every department
  } else if (who.department_ids.empty()) {
    where += " AND 1=0";
  } else {
    std::string in;
    for (int64_t d : who.department_ids) {
      in += in.empty() ? "?" : ",?";
      ps.push_back(d);
    }
    where += " AND k.department_id IN (" + in + ")";
  }
  QF_TRY(auto rs, conn.query(org::splice(store::sql(conn, "risk/k_list"), "/*WHERE*/", where), ps));
  std::vector<ExecutionCheck> out;
  for (const Row& r : rs) out.push_back(check_of(r));
  return out;
}
}  // namespace

Result<std::vector<ExecutionCheck>> list_checks(store::Connection& conn, const auth::Principal& who,
                                                std::optional<int> year, std::optional<int64_t> department_id) {
  std::string where = "1=1";
  Params ps;
  if (year) {
    where += " AND k.year = ?";
    ps.push_back(static_cast<int64_t>(*year));
  }
  if (department_id) {
    where += " AND k.department_id = ?";
    ps.push_back(*department_id);
  }
  return checks_where(conn, who, where, ps);
}

Result<ExecutionCheck> get_check(store::Connection& conn, const auth::Principal& who, int64_t id,
                                 const std::string& today) {
  QF_TRY(auto list, checks_where(conn, who, "k.id = ?", {id}));
  if (list.empty()) return check_not_found();
  ExecutionCheck k = std::move(list.front());
  QF_TRY(auto rs, conn.query(store::sql(conn, "risk/k_items"), {id}));
  for (const Row& r : rs) {
    CheckItem i;
    i.id = r.i64("id");
    i.item_no = static_cast<int>(r.i64("item_no"));
    i.item_text = r.text("item_text");
    i.result = r.text("result");
    i.note = r.text("note");
    i.owner_person_id = r.opt_i64("owner_person_id");
    i.owner_name = r.text("owner_name");
    i.deadline = r.opt_text("deadline").value_or("");
    i.rectify_state = r.opt_text("rectify_state").value_or("");
    i.rectify_note = r.text("rectify_note");
    i.rectified_at = r.opt_i64("rectified_at");
    i.overdue = i.rectify_state == "open" && !i.deadline.empty() && i.deadline < today;
    k.items.push_back(std::move(i));
  }
  return k;
}

Result<int64_t> create_check(store::Connection& conn, const auth::Principal& who, const CheckInput& in,
                             const Actor& actor, int64_t now_ms) {
  if (in.department_id <= 0 || !can_see_department(who, in.department_id))
    return invalid("department_id", "部门不存在", "The department does not exist");
  QF_TRY(auto dept, conn.query(store::sql(conn, "risk/department_check"), {in.department_id}));
  if (dept.empty()) return invalid("department_id", "部门不存在", "The department does not exist");
  if (in.year < 2000 || in.year > 2100) return invalid("year", "年度应为 2000–2100", "The year must be from 2000 to 2100");
  QF_TRY_STATUS(check_date(in.check_date, "check_date"));
  QF_TRY_STATUS(check_text(in.summary, kMinutesMax, "summary", "检查情况", "Summary", false));
  QF_TRY(auto nl, conn.query(store::sql(conn, "risk/nl_of_department"), {in.department_id, static_cast<int64_t>(in.year)}));
  if (nl.empty())
    return invalid("department_id",
                   fmt::format("{}没有 {} 年度的负面清单，无法检查执行情况", dept.front().text("name"), in.year),
                   fmt::format("{} has no negative list for {}; there is nothing to check", dept.front().text("name"),
                               in.year));
  QF_TRY(NegativeList list, get_negative_list(conn, who, nl.front().i64("id")));
  if (in.results.size() != list.items.size())
    return invalid("results",
                   fmt::format("负面清单有 {} 项，应逐项填写检查结果（现为 {} 项）", list.items.size(), in.results.size()),
                   fmt::format("The list has {} items; give one result per item (got {})", list.items.size(),
                               in.results.size()));
  for (size_t i = 0; i < in.results.size(); ++i) {
    const auto& r = in.results[i];
    const std::string f = fmt::format("results[{}]", i);
    if (!is_check_result(r.result))
      return invalid(f + ".result", fmt::format("第 {} 项的检查结果应为 执行、部分执行 或 未执行", i + 1),
                     fmt::format("Item {}: the result must be executed, partial or not_executed", i + 1));
    QF_TRY_STATUS(check_text(r.note, kNoteMax, f + ".note", fmt::format("第 {} 项的情况说明", i + 1),
                             fmt::format("Item {} note", i + 1), r.result != kExecuted));
    if (r.result == kNotExecuted) {
      if (r.owner_person_id) {
        QF_TRY(auto p, conn.query(store::sql(conn, "risk/person_name"), {*r.owner_person_id}));
        if (p.empty())
          return invalid(f + ".owner_person_id", fmt::format("第 {} 项的整改责任人（编号 {}）不存在", i + 1, *r.owner_person_id),
                         fmt::format("Item {}: no person with id {}", i + 1, *r.owner_person_id));
      } else {
        QF_TRY_STATUS(check_text(r.owner_name, 50, f + ".owner_name", fmt::format("第 {} 项的整改责任人", i + 1),
                                 fmt::format("Item {} rectification owner", i + 1)));
      }
      auto d = Date::parse(r.deadline, f + ".deadline");
      if (!d.ok() || r.deadline < in.check_date)
        return invalid(f + ".deadline",
                       fmt::format("第 {} 项未执行，应填写不早于检查日期的整改期限（YYYY-MM-DD）", i + 1),
                       fmt::format("Item {} was not executed: give a rectification deadline (YYYY-MM-DD) not before "
                                   "the check date",
                                   i + 1));
    }
  }
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "risk/k_insert"),
                                 {in.department_id, list.id, list.revision, static_cast<int64_t>(in.year), in.check_date,
                                  in.summary, actor.name, actor.account_id, now_ms}));
  for (size_t i = 0; i < in.results.size(); ++i) {
    const auto& r = in.results[i];
    const bool rectify = r.result == kNotExecuted;
    std::string owner = r.owner_name;
    if (rectify && r.owner_person_id) {
      QF_TRY(auto p, conn.query_one(store::sql(conn, "risk/person_name"), {*r.owner_person_id}));
      owner = p.text("name");
    }
    QF_TRY(int64_t item, conn.insert(store::sql(conn, "risk/k_item_insert"),
                                     {id, static_cast<int64_t>(i + 1), list.items[i], r.result, r.note,
                                      rectify && r.owner_person_id ? store::Value(*r.owner_person_id) : store::Value(),
                                      rectify ? owner : std::string(),
                                      rectify ? store::Value(r.deadline) : store::Value(),
                                      rectify ? store::Value(std::string("open")) : store::Value()}));
    (void)item;
  }
  return id;
}

Status mark_rectified(store::Connection& conn, const auth::Principal& who, bool may_record, int64_t check_id,
                      int64_t item_id, const std::string& note, int64_t account_id, int64_t now_ms) {
  QF_TRY(auto list, checks_where(conn, who, "k.id = ?", {check_id}));
  if (list.empty()) return check_not_found();
  if (!may_record) {
    QF_TRY(auto managed, managed_departments(conn, who));
    if (!managed.count(list.front().department_id)) return Error::forbidden();
  }
  QF_TRY_STATUS(check_text(note, kNoteMax, "note", "整改情况", "Rectification note"));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/k_rectify"), {note, now_ms, account_id, item_id, check_id}));
  if (n != 1)
    return Error::make(ErrorKind::kConflict, "risk.check.nothing_open", "该项没有待整改的事项",
                       "This item has no open rectification");
  return {};
}

}  // namespace qf::risk
