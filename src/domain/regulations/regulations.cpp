// The regulation library: see regulations.h.
#include "domain/regulations/regulations.h"

#include <fmt/format.h>

#include <array>

#include "core/calendar.h"
#include "domain/dictionary/dictionary.h"
#include "domain/education/labels.h"
#include "domain/org/data_scope.h"
#include "domain/org/structure.h"
#include "store/like.h"

namespace qf::regulations {
namespace {

using education::labels::Label;
using education::labels::has;
using education::labels::add_dictionary;

// 制度类别: the areas the unit's rules implementing the eight-point regulations cover.
constexpr std::array<Label, 11> kCategories{{
    {"meetings", "会议活动", "Meetings"},
    {"training", "培训管理", "Training"},
    {"reception", "公务接待", "Official reception"},
    {"personnel", "选人用人", "Personnel selection"},
    {"expenditure", "财务支出", "Expenditure"},
    {"procurement", "政府采购", "Procurement"},
    {"foreign_affairs", "因公出国（境）", "Foreign affairs"},
    {"appraisal", "考核评价", "Appraisal"},
    {"vehicles", "公务用车", "Official vehicles"},
    {"integrity", "党风廉政建设", "Integrity"},
    {"other", "其他", "Other"},
}};
// 制度状态.
constexpr std::array<Label, 4> kStatuses{{
    {"in_force", "现行有效", "In force"},
    {"not_yet", "尚未生效", "Not yet in force"},
    {"repealed", "已废止", "Repealed"},
    {"superseded", "已被修订", "Superseded"},
}};

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("regulation.invalid", zh, en, field);
}
Error not_found() {
  return Error::make(ErrorKind::kNotFound, "regulation.not_found", "制度不存在", "The regulation does not exist");
}
Error version_not_found() {
  return Error::make(ErrorKind::kNotFound, "regulation.version_not_found", "制度的这一版本不存在",
                     "This version of the regulation does not exist");
}

Status check_length(const std::string& text, const std::string& field, const std::string& label_zh, size_t max) {
  if (org::text_length(text) > max)
    return bad(field, fmt::format("{}不能超过 {} 字", label_zh, max),
               fmt::format("{} must not exceed {} characters", field, max));
  return {};
}
Result<std::string> checked_date(const std::string& text, const std::string& field, const std::string& label_zh) {
  if (text.empty()) return bad(field, label_zh + "不能为空", field + " is required");
  auto d = Date::parse(text, field);
  if (!d.ok()) return bad(field, label_zh + "应为日期 YYYY-MM-DD", field + " must be a date YYYY-MM-DD");
  return d->to_string();
}

Status check_version(VersionInput& in) {
  if (in.title.empty()) return bad("title", "制度名称不能为空", "title is required");
  QF_TRY_STATUS(check_length(in.title, "title", "制度名称", 200));
  QF_TRY_STATUS(check_length(in.doc_number, "doc_number", "文号", 100));
  if (in.issuing_body.empty()) return bad("issuing_body", "发文机关不能为空", "issuing_body is required");
  QF_TRY_STATUS(check_length(in.issuing_body, "issuing_body", "发文机关", 100));
  QF_TRY(in.effective_on, checked_date(in.effective_on, "effective_on", "施行日期"));
  if (in.full_text.empty()) return bad("full_text", "制度全文不能为空", "full_text is required");
  QF_TRY_STATUS(check_length(in.full_text, "full_text", "制度全文", 200000));
  QF_TRY_STATUS(check_length(in.change_note, "change_note", "修订说明", 2000));
  return {};
}

bool sees_progress(const auth::Principal& who) { return who.can(kRegulationManage) || who.can(kRegulationProgress); }
int64_t me(const auth::Principal& who) { return who.person_id.value_or(-1); }

// The assignments (alias `a`) whose counts the reader may see: its data scope for
// progress readers, else its own.
org::ScopeCondition assignment_scope(const auth::Principal& who) {
  org::ScopeCondition c;
  if (sees_progress(who)) {
    if (who.unit_wide) {
      c.sql = "1=1";
      return c;
    }
    if (!who.department_ids.empty()) {
      std::string in;
      for (int64_t id : who.department_ids) {
        in += in.empty() ? "?" : ",?";
        c.params.emplace_back(id);
      }
      c.sql = "a.department_id IN (" + in + ")";
      return c;
    }
  }
  c.sql = "a.person_id = ?";
  c.params.emplace_back(me(who));
  return c;
}

Regulation regulation_of(const store::Row& r, const std::string& today) {
  Regulation g;
  g.id = r.i64("id");
  g.category = r.text("category");
  g.versions = static_cast<int>(r.i64("versions"));
  g.first_effective_on = r.text("first_effective_on");
  g.repealed_on = r.opt_text("repealed_on");
  g.repeal_reason = r.text("repeal_reason");
  g.created_at = r.i64("created_at");
  g.updated_at = r.i64("updated_at");
  g.status = regulation_status(g.first_effective_on, g.repealed_on, today);
  g.latest.id = r.i64("version_id");
  g.latest.version_no = static_cast<int>(r.i64("version_no"));
  g.latest.title = r.text("title");
  g.latest.doc_number = r.text("doc_number");
  g.latest.issuing_body = r.text("issuing_body");
  g.latest.effective_on = r.text("effective_on");
  g.latest.change_note = r.text("change_note");
  g.latest.created_at = r.i64("version_created_at");
  g.latest.status = version_status(g.latest.effective_on, std::nullopt, g.repealed_on, today);
  if (g.status == "in_force") {
    if (auto n = r.opt_i64("current_no")) g.current_version_no = static_cast<int>(*n);
  }
  g.assigned = r.i64("assigned");
  g.acknowledged = r.i64("acknowledged");
  g.assigned_to_me = r.i64("mine") > 0;
  g.my_acknowledged_at = r.opt_i64("my_acknowledged_at");
  return g;
}

Result<std::vector<Regulation>> select_regulations(store::Connection& conn, const auth::Principal& who,
                                                   const std::string& where, const store::Params& where_params,
                                                   const std::string& tail, const store::Params& tail_params,
                                                   const std::string& today) {
  const org::ScopeCondition as = assignment_scope(who);
  std::string text(store::sql(conn, "regulations/select"));
  text = org::splice(text, "/*ASCOPE*/", as.sql);
  text = org::splice(text, "/*ASCOPE*/", as.sql);
  text = org::splice(text, "/*WHERE*/", where);
  text = org::splice(text, "/*TAIL*/", tail);
  store::Params params = as.params;
  params.insert(params.end(), as.params.begin(), as.params.end());
  params.emplace_back(me(who));
  params.emplace_back(me(who));
  params.emplace_back(today);
  params.insert(params.end(), where_params.begin(), where_params.end());
  params.insert(params.end(), tail_params.begin(), tail_params.end());
  QF_TRY(auto rows, conn.query(text, params));
  std::vector<Regulation> out;
  for (const auto& r : rows) out.push_back(regulation_of(r, today));
  return out;
}

Result<std::vector<Version>> versions_of(store::Connection& conn, int64_t id, const std::optional<std::string>& repealed_on,
                                         const std::string& today) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "regulations/versions_of"), {id}));
  std::vector<Version> out;
  std::optional<std::string> next;  // newest first: the later version's effective date
  for (const auto& r : rows) {
    Version v;
    v.id = r.i64("id");
    v.version_no = static_cast<int>(r.i64("version_no"));
    v.title = r.text("title");
    v.doc_number = r.text("doc_number");
    v.issuing_body = r.text("issuing_body");
    v.effective_on = r.text("effective_on");
    v.change_note = r.text("change_note");
    v.created_at = r.i64("created_at");
    v.status = version_status(v.effective_on, next, repealed_on, today);
    next = v.effective_on;
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

bool is_category(std::string_view code) { return has(kCategories, code); }
bool is_status(std::string_view code) { return code != "superseded" && has(kStatuses, code); }

void register_regulation_dictionaries() {
  add_dictionary("regulation.category", "制度类别", "Regulation category", kCategories);
  add_dictionary("regulation.status", "制度状态", "Regulation status", kStatuses);
}

std::string regulation_status(const std::string& first_effective_on, const std::optional<std::string>& repealed_on,
                              const std::string& today) {
  if (repealed_on && *repealed_on <= today) return "repealed";
  if (first_effective_on > today) return "not_yet";
  return "in_force";
}

std::string version_status(const std::string& effective_on, const std::optional<std::string>& next_effective_on,
                           const std::optional<std::string>& repealed_on, const std::string& today) {
  if (effective_on > today) return "not_yet";
  if (next_effective_on && *next_effective_on <= today) return "superseded";
  if (repealed_on && *repealed_on <= today) return "repealed";
  return "in_force";
}

// The search text as a LIKE pattern over lower-cased columns: ASCII letters folded to
// lower case, then store::like_contains (%, _ and \ literal).
std::string lower_like_contains(std::string text) {
  for (char& ch : text)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return store::like_contains(text);
}

Result<int64_t> create_regulation(store::Connection& conn, const RegulationInput& input, int64_t account_id,
                                  int64_t now_ms) {
  RegulationInput in = input;
  if (in.category.empty()) return bad("category", "请选择制度类别", "category is required");
  if (!is_category(in.category))
    return bad("category", "制度类别不在字典「制度类别」中", "category is not in the dictionary regulation.category");
  QF_TRY_STATUS(check_version(in.version));
  store::Value repealed{nullptr};
  if (!in.repealed_on.empty()) {
    QF_TRY(std::string d, checked_date(in.repealed_on, "repealed_on", "废止日期"));
    if (d <= in.version.effective_on)
      return bad("repealed_on", "废止日期应晚于施行日期", "repealed_on must be after effective_on");
    repealed = d;
  }
  const store::Value by = account_id ? store::Value{account_id} : store::Value{nullptr};
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "regulations/regulation_insert"),
                                 {in.category, in.version.effective_on, repealed, by, now_ms, now_ms}));
  const VersionInput& v = in.version;
  QF_TRY(int64_t vid, conn.insert(store::sql(conn, "regulations/version_insert"),
                                  {id, int64_t{1}, v.title, v.doc_number, v.issuing_body, v.effective_on, v.full_text,
                                   std::string(), by, now_ms}));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "regulations/set_latest"), {vid, int64_t{1}, now_ms, id, int64_t{0}}));
  if (n != 1) return Error::make(ErrorKind::kInternal, "regulation.stale", "制度保存失败", "The regulation was not saved");
  return id;
}

Result<NewVersion> add_version(store::Connection& conn, const auth::Principal& who, int64_t id,
                               const VersionInput& input, bool reassign, const std::string& today, int64_t account_id,
                               int64_t now_ms) {
  QF_TRY(Regulation g, get_regulation(conn, who, id, today));
  if (g.status == "repealed")
    return Error::make(ErrorKind::kConflict, "regulation.repealed",
                       fmt::format("该制度已于 {} 废止，不能再发布新版本", *g.repealed_on),
                       fmt::format("The regulation was repealed on {}: no new version", *g.repealed_on));
  VersionInput in = input;
  QF_TRY_STATUS(check_version(in));
  if (in.effective_on < g.latest.effective_on)
    return bad("effective_on", fmt::format("新版本的施行日期不能早于现版本（第{}版）的施行日期 {}", g.latest.version_no,
                                           g.latest.effective_on),
               fmt::format("effective_on must not be before the effective date {} of version {}",
                           g.latest.effective_on, g.latest.version_no));
  if (g.repealed_on && in.effective_on >= *g.repealed_on)
    return bad("effective_on", fmt::format("新版本的施行日期应早于废止日期 {}", *g.repealed_on),
               fmt::format("effective_on must be before the repeal date {}", *g.repealed_on));
  if (in.change_note.empty()) return bad("change_note", "请填写修订说明", "change_note is required for a new version");
  const int no = g.versions + 1;
  const store::Value by = account_id ? store::Value{account_id} : store::Value{nullptr};
  QF_TRY(int64_t vid, conn.insert(store::sql(conn, "regulations/version_insert"),
                                  {id, int64_t{no}, in.title, in.doc_number, in.issuing_body, in.effective_on,
                                   in.full_text, in.change_note, by, now_ms}));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "regulations/set_latest"),
                                 {vid, int64_t{no}, now_ms, id, int64_t{g.versions}}));
  if (n != 1)
    return Error::make(ErrorKind::kConflict, "regulation.stale", "该制度刚被他人修订，请刷新后重试",
                       "Someone else revised the regulation meanwhile: reload and try again");
  NewVersion out{vid, no, 0};
  if (reassign) {
    QF_TRY(out.reassigned, conn.execute(store::sql(conn, "regulations/reassign"), {vid, now_ms, g.latest.id}));
  }
  return out;
}

Status repeal(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& repealed_on,
              const std::string& reason, int64_t now_ms) {
  QF_TRY(Regulation g, get_regulation(conn, who, id, "0000-00-00"));
  if (g.repealed_on)
    return Error::make(ErrorKind::kConflict, "regulation.repealed", fmt::format("该制度已定于 {} 废止", *g.repealed_on),
                       fmt::format("The regulation is already repealed from {}", *g.repealed_on));
  QF_TRY(std::string d, checked_date(repealed_on, "repealed_on", "废止日期"));
  if (d <= g.latest.effective_on)
    return bad("repealed_on", fmt::format("废止日期应晚于现版本的施行日期 {}", g.latest.effective_on),
               fmt::format("repealed_on must be after the latest version's effective date {}", g.latest.effective_on));
  if (reason.empty()) return bad("reason", "请填写废止理由", "reason is required");
  QF_TRY_STATUS(check_length(reason, "reason", "废止理由", 500));
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "regulations/repeal"), {d, reason, now_ms, id}));
  if (n != 1)
    return Error::make(ErrorKind::kConflict, "regulation.repealed", "该制度已被废止", "The regulation is already repealed");
  return {};
}

Result<std::pair<std::vector<Regulation>, int64_t>> list_regulations(store::Connection& conn,
                                                                     const auth::Principal& who,
                                                                     const RegulationQuery& q,
                                                                     const std::string& today) {
  std::string where = "1=1";
  store::Params params;
  if (!q.q.empty()) {
    const std::string like = lower_like_contains(q.q);
    where +=
        " AND (LOWER(v.title) LIKE ? ESCAPE '\\' OR LOWER(v.doc_number) LIKE ? ESCAPE '\\'"
        " OR LOWER(v.full_text) LIKE ? ESCAPE '\\')";
    params.insert(params.end(), {like, like, like});
  }
  if (q.category) {
    where += " AND r.category = ?";
    params.emplace_back(*q.category);
  }
  if (q.status) {
    if (*q.status == "repealed") {
      where += " AND r.repealed_on IS NOT NULL AND r.repealed_on <= ?";
      params.emplace_back(today);
    } else {
      where += *q.status == "not_yet" ? " AND (r.repealed_on IS NULL OR r.repealed_on > ?) AND r.first_effective_on > ?"
                                      : " AND (r.repealed_on IS NULL OR r.repealed_on > ?) AND r.first_effective_on <= ?";
      params.emplace_back(today);
      params.emplace_back(today);
    }
  }
  if (q.mine) {
    where += " AND EXISTS (SELECT 1 FROM regulation_assignments w WHERE w.version_id = v.id AND w.person_id = ?";
    params.emplace_back(me(who));
    if (q.acknowledged) where += *q.acknowledged ? " AND w.acknowledged_at IS NOT NULL" : " AND w.acknowledged_at IS NULL";
    where += ")";
  }
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "regulations/count"), "/*WHERE*/", where), params));
  std::string tail = "ORDER BY v.effective_on DESC, r.id DESC";
  store::Params tail_params;
  if (q.limit > 0) {
    tail += " LIMIT ? OFFSET ?";
    tail_params = {q.limit, q.offset};
  }
  QF_TRY(auto items, select_regulations(conn, who, where, params, tail, tail_params, today));
  return std::make_pair(std::move(items), n.i64("n"));
}

Result<Regulation> get_regulation(store::Connection& conn, const auth::Principal& who, int64_t id,
                                  const std::string& today) {
  if (!who.can(kRegulationRead) && !who.can(kRegulationManage)) return not_found();
  QF_TRY(auto items, select_regulations(conn, who, "r.id = ?", {id}, "", {}, today));
  if (items.empty()) return not_found();
  Regulation g = std::move(items.front());
  QF_TRY(g.history, versions_of(conn, id, g.repealed_on, today));
  if (!g.history.empty()) g.latest.status = g.history.front().status;
  return g;
}

Result<Version> get_version(store::Connection& conn, const auth::Principal& who, int64_t id, int version_no,
                            const std::string& today) {
  QF_TRY(Regulation g, get_regulation(conn, who, id, today));
  for (const Version& v : g.history) {
    if (v.version_no != version_no) continue;
    Version out = v;
    QF_TRY(auto row, conn.query_one(store::sql(conn, "regulations/version_text"), {id, int64_t{version_no}}));
    out.full_text = row.text("full_text");
    return out;
  }
  return version_not_found();
}

Result<int64_t> assign(store::Connection& conn, const auth::Principal& who, int64_t id, const education::Audience& a,
                       int64_t now_ms) {
  QF_TRY(Regulation g, get_regulation(conn, who, id, "0000-00-00"));
  QF_TRY_STATUS(education::check_audience(conn, a));
  QF_TRY(auto people, education::audience_people(conn, a));
  int64_t added = 0;
  for (const auto& [person, dept] : people) {
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "regulations/assignment_insert"),
                                   {id, g.latest.id, person, store::opt(dept), now_ms}));
    added += n;
  }
  return added;
}

Result<Regulation> acknowledge(store::Connection& conn, const auth::Principal& who, int64_t id,
                               const std::string& today, int64_t now_ms) {
  QF_TRY(Regulation g, get_regulation(conn, who, id, today));
  if (!g.assigned_to_me)
    return Error::make(ErrorKind::kConflict, "regulation.not_assigned", "这项制度没有要求您阅知，无需确认",
                       "You are not asked to read this regulation: nothing to acknowledge");
  if (!g.my_acknowledged_at) {
    QF_TRY_STATUS(conn.execute(store::sql(conn, "regulations/acknowledge"), {now_ms, g.latest.id, me(who)}));
  }
  return get_regulation(conn, who, id, today);
}

Result<std::vector<education::DepartmentCompletion>> completion(store::Connection& conn,
                                                                const auth::Principal& who, int64_t id) {
  QF_TRY(Regulation g, get_regulation(conn, who, id, "0000-00-00"));
  const org::ScopeCondition as = assignment_scope(who);
  store::Params params{g.latest.id};
  params.insert(params.end(), as.params.begin(), as.params.end());
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "regulations/completion"), "/*SCOPE*/", as.sql), params));
  std::vector<education::DepartmentCompletion> out;
  for (const auto& r : rows)
    out.push_back({r.opt_i64("department_id").value_or(0), r.opt_text("department_name").value_or("（未分配部门）"),
                   r.i64("assigned"), r.i64("acknowledged")});
  return out;
}

Result<std::vector<education::Assignee>> assignees(store::Connection& conn, const auth::Principal& who, int64_t id,
                                                   std::optional<int64_t> department_id) {
  QF_TRY(Regulation g, get_regulation(conn, who, id, "0000-00-00"));
  const org::ScopeCondition as = assignment_scope(who);
  store::Params params{g.latest.id};
  params.insert(params.end(), as.params.begin(), as.params.end());
  std::string cond = as.sql;
  if (department_id) {
    cond += " AND a.department_id = ?";
    params.emplace_back(*department_id);
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "regulations/assignees"), "/*SCOPE*/", cond), params));
  std::vector<education::Assignee> out;
  for (const auto& r : rows)
    out.push_back({r.i64("person_id"), r.text("name"), r.opt_text("department_name").value_or(""),
                   r.opt_i64("acknowledged_at")});
  return out;
}

Result<int64_t> pending_count(store::Connection& conn, const auth::Principal& who, const std::string& today) {
  if (!who.person_id) return int64_t{0};
  QF_TRY(auto n, conn.query_one(store::sql(conn, "regulations/pending_count"), {*who.person_id, today}));
  return n.i64("n");
}

Result<std::vector<messages::Reminder>> pending_reminders(store::Connection& conn, const messages::FeedContext& f) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "regulations/pending_reminders"), {f.today.to_string()}));
  std::vector<messages::Reminder> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    const std::string doc = r.text("doc_number");
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = messages::MessageKind::kTodo;
    m.event_key = fmt::format("{}:{}", kAcknowledgeFeed, r.i64("version_id"));
    m.title_zh = fmt::format("待阅知制度：《{}》{}，阅读后请确认", r.text("title"), doc.empty() ? "" : "（" + doc + "）");
    m.title_en = fmt::format("Regulation to read: \"{}\" {} — acknowledge when read", r.text("title"), doc);
    m.link = fmt::format("/regulations/{}", id);
    m.object_type = "regulation";
    m.object_id = std::to_string(id);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace qf::regulations
