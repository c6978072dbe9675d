// Special supervision checks and the rectification ledger: see inspection.h.
#include "domain/inspections/inspection.h"

#include <fmt/format.h>

#include <array>

#include "core/calendar.h"
#include "domain/dictionary/dictionary.h"
#include "domain/org/data_scope.h"
#include "domain/org/structure.h"

namespace qf::inspections {
namespace {

struct StateLabel {
  RectificationState value;
  std::string_view code, zh, en;
};
constexpr std::array<StateLabel, 3> kStates{{
    {RectificationState::kRectifying, "rectifying", "整改中（待责任部门报送）", "Being rectified (owner department to report)"},
    {RectificationState::kReported, "reported", "已报送，待纪委核查", "Reported, awaiting verification"},
    {RectificationState::kClosed, "closed", "已销号", "Closed"},
}};

struct ActionLabel {
  RectificationAction value;
  std::string_view code, zh, en;
};
constexpr std::array<ActionLabel, 4> kActions{{
    {RectificationAction::kProgress, "progress", "报送整改进展", "report progress"},
    {RectificationAction::kReport, "report", "报送整改完成、申请销号", "report completion"},
    {RectificationAction::kAccept, "accept", "核查通过、予以销号", "accept and close"},
    {RectificationAction::kReturn, "return", "核查不通过、退回整改", "send back"},
}};

struct KindLabel {
  std::string_view code, zh, en;
};
// 专项检查类别: the checks the bureau's annual report names, and "other".
constexpr std::array<KindLabel, 8> kKinds{{
    {"inspection_tour", "巡视整改", "Rectification after an inspection tour"},
    {"formalism", "形式主义官僚主义专项治理", "Campaign against formalism and bureaucratism"},
    {"conduct_year", "作风建设年", "Year of work-style building"},
    {"eight_rules", "违反中央八项规定精神问题专项治理", "Campaign on breaches of the eight-point rules"},
    {"major_task", "重大任务完成情况监督检查", "Supervision of major tasks"},
    {"audit", "审计发现问题整改", "Rectification of audit findings"},
    {"other", "其他专项检查", "Other special check"},
    // Made only by a case-driven reform (case_reform.h), never planned as a check.
    {"case_reform", "以案促改", "Case-driven reform"},
}};

const StateLabel& state_label(RectificationState s) {
  for (const auto& l : kStates)
    if (l.value == s) return l;
  return kStates[0];
}
const ActionLabel& action_label(RectificationAction a) {
  for (const auto& l : kActions)
    if (l.value == a) return l;
  return kActions[0];
}

Error not_found_check() {
  return Error::make(ErrorKind::kNotFound, "inspection.not_found", "专项检查不存在", "The check does not exist");
}
Error not_found_item() {
  return Error::make(ErrorKind::kNotFound, "inspection.item_not_found", "整改事项不存在",
                     "The rectification item does not exist");
}
Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("inspection.invalid", zh, en, field);
}

// The reader's reach over items (alias i), spliced into WHERE clauses.
org::ScopeCondition item_scope(const auth::Principal& who) {
  org::ScopeCondition c;
  if (who.unit_wide) {
    c.sql = "1=1";
    return c;
  }
  if (who.department_ids.empty()) {
    c.sql = "1=0";
    return c;
  }
  std::string in;
  for (int64_t id : who.department_ids) {
    in += in.empty() ? "?" : ",?";
    c.params.emplace_back(id);
  }
  c.sql = "i.owner_department_id IN (" + in + ")";
  return c;
}
// The reader's reach over checks (alias c): a department of its scope.
org::ScopeCondition check_scope(const auth::Principal& who) {
  org::ScopeCondition c = item_scope(who);
  if (c.sql == "1=1" || c.sql == "1=0") return c;
  std::string in;
  for (size_t k = 0; k < c.params.size(); ++k) in += k ? ",?" : "?";
  c.sql = "EXISTS (SELECT 1 FROM inspection_check_departments s WHERE s.check_id = c.id AND s.department_id IN (" +
          in + "))";
  return c;
}
bool reaches(const auth::Principal& who, int64_t department_id) {
  return who.unit_wide || who.department_ids.count(department_id) > 0;
}

Result<std::string> checked_date(const std::string& text, const std::string& field, const std::string& label_zh) {
  if (text.empty()) return bad(field, label_zh + "不能为空", field + " is required");
  auto d = Date::parse(text, field);
  if (!d.ok()) return bad(field, label_zh + "应为日期 YYYY-MM-DD", field + " must be a date YYYY-MM-DD");
  return d->to_string();
}

SupervisionCheck check_of(const store::Row& r) {
  SupervisionCheck c;
  c.id = r.i64("id");
  c.number = r.text("number");
  c.year = static_cast<int>(r.i64("year"));
  c.kind = r.text("kind");
  c.title = r.text("title");
  c.plan = r.text("plan");
  c.start_date = r.text("start_date");
  c.end_date = r.text("end_date");
  c.created_at = r.i64("created_at");
  c.archived_at = r.opt_i64("archived_at");
  return c;
}

// Fills the departments of `checks` in one query.
Status fill_departments(store::Connection& conn, std::vector<SupervisionCheck>& checks) {
  if (checks.empty()) return {};
  std::string in;
  store::Params ids;
  for (const auto& c : checks) {
    in += in.empty() ? "?" : ",?";
    ids.emplace_back(c.id);
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "inspections/check_departments"), "/*IDS*/", in), ids));
  for (auto& c : checks)
    for (const auto& r : rows)
      if (r.i64("check_id") == c.id) c.departments.push_back({r.i64("id"), r.text("name")});
  return {};
}

RectificationItem item_of(const store::Row& r) {
  RectificationItem it;
  it.id = r.i64("id");
  it.check_id = r.i64("check_id");
  it.check_number = r.text("check_number");
  it.number = fmt::format("{}-{}", it.check_number, r.i64("seq"));
  it.check_title = r.text("check_title");
  it.check_kind = r.text("check_kind");
  it.checklist_item_id = r.opt_i64("checklist_item_id");
  it.checklist_content = r.text("checklist_content");
  it.finding = r.text("finding");
  it.owner_department_id = r.i64("owner_department_id");
  it.department_name = r.text("department_name");
  it.measures = r.text("measures");
  it.deadline = r.text("deadline");
  it.state = state_from_code(r.text("state")).value_or(RectificationState::kRectifying);
  it.progress = r.text("progress");
  it.evidence = r.text("evidence");
  it.verification = r.text("verification");
  it.reported_at = r.opt_i64("reported_at");
  it.closed_at = r.opt_i64("closed_at");
  it.closed_on = r.text("closed_on");
  it.created_at = r.i64("created_at");
  it.updated_at = r.i64("updated_at");
  return it;
}

Status add_step(store::Connection& conn, int64_t item_id, std::string_view action,
                std::optional<RectificationState> from, RectificationState to, const std::string& note,
                const std::string& evidence, const auth::Principal& who, int64_t now_ms) {
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "inspections/step_insert"),
                                 {item_id, std::string(action),
                                  from ? store::Value{std::string(state_code(*from))} : store::Value{nullptr},
                                  std::string(state_code(to)), note, evidence,
                                  who.account_id ? store::Value{who.account_id} : store::Value{nullptr},
                                  who.display_name.empty() ? who.username : who.display_name, now_ms}));
  (void)id;
  return {};
}

constexpr size_t kMaxText = 4000;  // characters a ledger cell can reasonably hold

size_t chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

Status check_length(const std::string& text, const std::string& field, const std::string& label_zh) {
  if (chars(text) > kMaxText)
    return bad(field, fmt::format("{}不能超过 {} 字", label_zh, kMaxText),
               fmt::format("{} must not exceed {} characters", field, kMaxText));
  return {};
}

}  // namespace

std::string_view state_code(RectificationState s) { return state_label(s).code; }
std::string_view state_label_zh(RectificationState s) { return state_label(s).zh; }
std::string_view state_label_en(RectificationState s) { return state_label(s).en; }
std::optional<RectificationState> state_from_code(std::string_view code) {
  for (const auto& l : kStates)
    if (l.code == code) return l.value;
  return std::nullopt;
}
std::string_view action_code(RectificationAction a) { return action_label(a).code; }
std::string_view action_label_zh(RectificationAction a) { return action_label(a).zh; }
std::string_view action_label_en(RectificationAction a) { return action_label(a).en; }
std::optional<RectificationAction> action_from_code(std::string_view code) {
  for (const auto& l : kActions)
    if (l.code == code) return l.value;
  return std::nullopt;
}

Result<RectificationState> next_state(RectificationState from, RectificationAction a) {
  using S = RectificationState;
  using A = RectificationAction;
  std::optional<S> to;
  switch (a) {
    case A::kProgress: if (from == S::kRectifying) to = S::kRectifying; break;
    case A::kReport: if (from == S::kRectifying) to = S::kReported; break;
    case A::kAccept: if (from == S::kReported) to = S::kClosed; break;
    case A::kReturn: if (from == S::kReported) to = S::kRectifying; break;
  }
  if (to) return *to;
  return Error::make(ErrorKind::kConflict, "inspection.illegal_transition",
                     fmt::format("整改事项当前状态为「{}」，不能{}", state_label_zh(from), action_label_zh(a)),
                     fmt::format("The rectification item is \"{}\": cannot {}", state_label_en(from),
                                 action_label_en(a)),
                     "action");
}

std::string_view permission_of(RectificationAction a) {
  switch (a) {
    case RectificationAction::kProgress:
    case RectificationAction::kReport: return kRectificationReport;
    case RectificationAction::kAccept:
    case RectificationAction::kReturn: return kInspectionManage;
  }
  return kInspectionManage;
}

void register_inspection_dictionaries() {
  dictionary::Dictionary kinds{"inspection.kind", "专项检查类别", "Special check kind", {}};
  int sort = 0;
  for (const auto& k : kKinds) kinds.entries.push_back({std::string(k.code), std::string(k.zh), std::string(k.en), sort += 10});
  dictionary::register_dictionary(std::move(kinds));
  dictionary::Dictionary states{"rectification.state", "整改状态", "Rectification state", {}};
  sort = 0;
  for (const auto& s : kStates)
    states.entries.push_back({std::string(s.code), std::string(s.zh), std::string(s.en), sort += 10});
  dictionary::register_dictionary(std::move(states));
}

bool is_check_kind(std::string_view code) {
  for (const auto& k : kKinds)
    if (k.code == code) return true;
  return false;
}

Result<int64_t> create_check(store::Connection& conn, const CheckInput& in, int64_t account_id, int64_t now_ms) {
  if (in.kind.empty()) return bad("kind", "请选择检查类别", "kind is required");
  if (!is_check_kind(in.kind))
    return bad("kind", "检查类别不在字典「专项检查类别」中", "kind is not in the dictionary inspection.kind");
  if ((in.kind == "case_reform") != in.case_reform)
    return bad("kind", "以案促改通知请在「以案促改」中发出，不作为专项检查制定",
               "kind: a case-driven reform is issued as such, not planned as a check");
  if (in.title.empty()) return bad("title", "检查名称不能为空", "title is required");
  if (chars(in.title) > 200) return bad("title", "检查名称不能超过 200 字", "title must not exceed 200 characters");
  QF_TRY_STATUS(check_length(in.plan, "plan", "检查方案"));
  QF_TRY(std::string start, checked_date(in.start_date, "start_date", "开始日期"));
  QF_TRY(std::string end, checked_date(in.end_date, "end_date", "结束日期"));
  if (end < start) return bad("end_date", "结束日期不能早于开始日期", "end_date must not be before start_date");
  if (in.department_ids.empty())
    return bad("department_ids", "请选择检查范围（至少一个部门）", "department_ids: choose at least one department");
  for (size_t k = 0; k < in.department_ids.size(); ++k) {
    const std::string field = fmt::format("department_ids[{}]", k);
    auto d = org::get_department(conn, in.department_ids[k]);
    if (!d.ok() || d->archived_at)
      return bad(field, fmt::format("检查范围第 {} 个部门不存在或已撤销", k + 1),
                 fmt::format("{}: no such active department", field));
    for (size_t j = 0; j < k; ++j)
      if (in.department_ids[j] == in.department_ids[k])
        return bad(field, fmt::format("检查范围第 {} 个部门重复", k + 1), fmt::format("{}: listed twice", field));
  }
  for (size_t k = 0; k < in.checklist.size(); ++k) {
    const std::string field = fmt::format("checklist[{}]", k);
    if (in.checklist[k].empty())
      return bad(field, fmt::format("检查要点第 {} 条为空", k + 1), fmt::format("{} is empty", field));
    QF_TRY_STATUS(check_length(in.checklist[k], field, fmt::format("检查要点第 {} 条", k + 1)));
  }
  const int year = Date::parse(start).value().year();
  QF_TRY(auto seq_row, conn.query_one(store::sql(conn, "inspections/counter_next"), {int64_t{year}}));
  const int64_t seq = seq_row.i64(0);
  const std::string number = fmt::format("〔{}〕专项检查第{}号", year, seq);
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "inspections/check_insert"),
                                 {number, int64_t{year}, seq, in.kind, in.title, in.plan, start, end,
                                  account_id ? store::Value{account_id} : store::Value{nullptr}, now_ms, now_ms}));
  for (int64_t d : in.department_ids)
    QF_TRY_STATUS(conn.execute(store::sql(conn, "inspections/check_department_insert"), {id, d}));
  for (size_t k = 0; k < in.checklist.size(); ++k)
    QF_TRY_STATUS(
        conn.insert(store::sql(conn, "inspections/checklist_insert"), {id, static_cast<int64_t>(k + 1), in.checklist[k]}));
  return id;
}

Result<SupervisionCheck> get_check(store::Connection& conn, const auth::Principal& who, int64_t id) {
  auto row = conn.query_one(store::sql(conn, "inspections/check_get"), {id});
  if (!row.ok()) return row.error().kind == ErrorKind::kNotFound ? not_found_check() : row.take_error();
  std::vector<SupervisionCheck> one{check_of(*row)};
  QF_TRY_STATUS(fill_departments(conn, one));
  SupervisionCheck c = std::move(one.front());
  bool visible = who.unit_wide;
  for (const auto& d : c.departments) visible = visible || reaches(who, d.id);
  if (!visible) return not_found_check();
  QF_TRY(auto list, conn.query(store::sql(conn, "inspections/checklist_of"), {id}));
  for (const auto& r : list)
    c.checklist.push_back({r.i64("id"), static_cast<int>(r.i64("seq")), r.text("content")});
  return c;
}

Result<std::pair<std::vector<SupervisionCheck>, int64_t>> list_checks(store::Connection& conn,
                                                                       const auth::Principal& who, const Page& page) {
  const org::ScopeCondition cs = check_scope(who), is = item_scope(who);
  std::string text(store::sql(conn, "inspections/checks_page"));
  text = org::splice(text, "/*ITEMSCOPE*/", is.sql);
  text = org::splice(text, "/*ITEMSCOPE*/", is.sql);
  text = org::splice(text, "/*SCOPE*/", cs.sql);
  store::Params params = is.params;
  params.insert(params.end(), is.params.begin(), is.params.end());
  params.insert(params.end(), cs.params.begin(), cs.params.end());
  params.emplace_back(page.limit);
  params.emplace_back(page.offset);
  QF_TRY(auto rows, conn.query(text, params));
  std::vector<SupervisionCheck> out;
  for (const auto& r : rows) {
    out.push_back(check_of(r));
    out.back().items = r.i64("items");
    out.back().closed = r.i64("closed");
  }
  QF_TRY_STATUS(fill_departments(conn, out));
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "inspections/checks_count"), "/*SCOPE*/", cs.sql),
                                cs.params));
  return std::make_pair(std::move(out), n.i64("n"));
}

Status archive_check(store::Connection& conn, const auth::Principal& who, int64_t id, const std::string& reason,
                     int64_t now_ms) {
  QF_TRY(SupervisionCheck c, get_check(conn, who, id));
  if (reason.empty()) return bad("reason", "请填写归档原因", "reason is required");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "inspections/check_archive"), {now_ms, reason, now_ms, c.id}));
  if (n == 0)
    return Error::make(ErrorKind::kConflict, "inspection.archived", "该专项检查已归档", "The check is already archived");
  return {};
}

Result<int64_t> create_item(store::Connection& conn, const auth::Principal& who, int64_t check_id,
                            const ItemInput& in, int64_t now_ms) {
  QF_TRY(SupervisionCheck c, get_check(conn, who, check_id));
  if (c.archived_at)
    return Error::make(ErrorKind::kConflict, "inspection.archived", "该专项检查已归档，不能再登记问题",
                       "The check is archived: no more findings");
  if (in.finding.empty()) return bad("finding", "发现问题不能为空", "finding is required");
  QF_TRY_STATUS(check_length(in.finding, "finding", "发现问题"));
  QF_TRY_STATUS(check_length(in.measures, "measures", "整改措施"));
  if (!in.owner_department_id) return bad("owner_department_id", "请选择责任部门", "owner_department_id is required");
  bool in_scope = false;
  for (const auto& d : c.departments) in_scope = in_scope || d.id == *in.owner_department_id;
  if (!in_scope)
    return bad("owner_department_id", "责任部门不在本次检查范围内", "owner_department_id is not in the check's scope");
  QF_TRY(std::string deadline, checked_date(in.deadline, "deadline", "整改时限"));
  if (in.checklist_item_id) {
    QF_TRY(auto n, conn.query_one(store::sql(conn, "inspections/checklist_item_of_check"), {*in.checklist_item_id, check_id}));
    if (n.i64("n") == 0)
      return bad("checklist_item_id", "检查要点不属于本次检查", "checklist_item_id is not a point of this check");
  }
  QF_TRY(auto seq, conn.query_one(store::sql(conn, "inspections/item_next_seq"), {check_id}));
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "inspections/item_insert"),
                                 {check_id, seq.i64("seq"), store::opt(in.checklist_item_id), in.finding,
                                  *in.owner_department_id, in.measures, deadline,
                                  who.account_id ? store::Value{who.account_id} : store::Value{nullptr}, now_ms, now_ms}));
  QF_TRY_STATUS(add_step(conn, id, "assign", std::nullopt, RectificationState::kRectifying, "", "", who, now_ms));
  return id;
}

Result<std::pair<std::vector<RectificationItem>, int64_t>> list_items(store::Connection& conn,
                                                                      const auth::Principal& who,
                                                                      const LedgerQuery& q) {
  const org::ScopeCondition scope = item_scope(who);
  std::string where = "c.archived_at IS NULL AND " + scope.sql;
  store::Params params = scope.params;
  if (q.check_id) {
    where += " AND i.check_id = ?";
    params.emplace_back(*q.check_id);
  }
  if (q.department_id) {
    where += " AND i.owner_department_id = ?";
    params.emplace_back(*q.department_id);
  }
  if (q.state) {
    where += " AND i.state = ?";
    params.emplace_back(std::string(state_code(*q.state)));
  }
  if (q.overdue_only) {
    where += " AND i.state <> 'closed' AND i.deadline < ?";
    params.emplace_back(q.today);
  }
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "inspections/item_count"), "/*WHERE*/", where), params));
  std::string tail = "ORDER BY c.start_date DESC, c.id DESC, i.seq";
  store::Params page = params;
  if (q.limit > 0) {
    tail += " LIMIT ? OFFSET ?";
    page.emplace_back(q.limit);
    page.emplace_back(q.offset);
  }
  std::string text = org::splice(store::sql(conn, "inspections/item_select"), "/*WHERE*/", where);
  text = org::splice(text, "/*TAIL*/", tail);
  QF_TRY(auto rows, conn.query(text, page));
  std::vector<RectificationItem> out;
  for (const auto& r : rows) out.push_back(item_of(r));
  return std::make_pair(std::move(out), n.i64("n"));
}

Result<RectificationItem> get_item(store::Connection& conn, const auth::Principal& who, int64_t id) {
  const org::ScopeCondition scope = item_scope(who);
  store::Params params{id};
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  std::string text = org::splice(store::sql(conn, "inspections/item_select"), "/*WHERE*/",
                                 "i.id = ? AND c.archived_at IS NULL AND " + scope.sql);
  text = org::splice(text, "/*TAIL*/", "");
  QF_TRY(auto rows, conn.query(text, params));
  if (rows.empty()) return not_found_item();
  RectificationItem it = item_of(rows.front());
  QF_TRY(auto steps, conn.query(store::sql(conn, "inspections/steps_of"), {id}));
  for (const auto& r : steps)
    it.steps.push_back({r.i64("id"), r.text("action"), r.opt_text("from_state"), r.text("to_state"), r.text("note"),
                        r.text("evidence"), r.text("by_name"), r.i64("at")});
  return it;
}

Result<RectificationItem> act(store::Connection& conn, const auth::Principal& who, int64_t id, const StepInput& in,
                              const std::string& today, int64_t now_ms) {
  QF_TRY(RectificationItem it, get_item(conn, who, id));  // invisible: answered as absent
  if (!who.can(permission_of(in.action))) return Error::forbidden();
  QF_TRY(RectificationState to, next_state(it.state, in.action));
  QF_TRY_STATUS(check_length(in.note, "note", "说明"));
  QF_TRY_STATUS(check_length(in.evidence, "evidence", "整改佐证"));
  RectificationItem next = it;
  switch (in.action) {
    case RectificationAction::kProgress:
      if (in.note.empty()) return bad("note", "请填写整改进展", "note (the progress) is required");
      next.progress = in.note;
      break;
    case RectificationAction::kReport:
      if (in.note.empty()) return bad("note", "请填写整改完成情况", "note (what was done) is required");
      if (in.evidence.empty())
        return bad("evidence", "请提供整改佐证材料（文件名称、文号或说明）",
                   "evidence is required (documents, numbers or a description)");
      next.progress = in.note;
      next.evidence = in.evidence;
      next.reported_at = now_ms;
      break;
    case RectificationAction::kAccept:
      next.verification = in.note.empty() ? std::string("核查通过，予以销号") : in.note;
      next.closed_at = now_ms;
      next.closed_on = today;
      break;
    case RectificationAction::kReturn:
      if (in.note.empty()) return bad("note", "退回整改须说明理由", "note (the reason for sending back) is required");
      next.verification = in.note;
      break;
  }
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "inspections/item_set_state"),
                                 {std::string(state_code(to)), next.progress, next.evidence, next.verification,
                                  store::opt(next.reported_at), store::opt(next.closed_at),
                                  next.closed_on.empty() ? store::Value{nullptr} : store::Value{next.closed_on}, now_ms,
                                  id, std::string(state_code(it.state))}));
  if (n == 0)
    return Error::make(ErrorKind::kConflict, "inspection.stale", "整改事项刚被他人处理，请刷新后重试",
                       "The item was changed meanwhile: reload and try again");
  const std::string note = in.action == RectificationAction::kAccept ? next.verification : in.note;
  QF_TRY_STATUS(add_step(conn, id, action_code(in.action), it.state, to, note,
                         in.action == RectificationAction::kReport ? in.evidence : std::string(), who, now_ms));
  return get_item(conn, who, id);
}

}  // namespace qf::inspections
