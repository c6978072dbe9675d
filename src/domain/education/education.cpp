// Education items, assignments and study sessions: see education.h.
#include "domain/education/education.h"

#include <fmt/format.h>

#include <array>
#include <set>

#include "core/calendar.h"
#include "domain/dictionary/dictionary.h"
#include "domain/education/labels.h"
#include "domain/org/data_scope.h"
#include "domain/org/structure.h"
#include "store/like.h"

namespace qf::education {
namespace {

using labels::Label;
using labels::has;
using labels::add_dictionary;

// 学习内容类别.
constexpr std::array<Label, 5> kKinds{{
    {"notice", "警示教育通报", "Warning-education notice"},
    {"case", "典型案例", "Typical case"},
    {"model", "先进典型", "Positive model"},
    {"article", "警示教育文章", "Warning-education article"},
    {"interpretation", "制度解读", "Regulation interpretation"},
}};
// 典型案例类别: the kinds of breaches the published notices group cases by.
constexpr std::array<Label, 8> kCaseCategories{{
    {"eight_rules", "违反中央八项规定精神", "Breach of the eight-point rules"},
    {"gifts", "违规收送礼品礼金", "Gifts and cash gifts"},
    {"banquets", "违规吃喝", "Improper banquets"},
    {"power_abuse", "滥用职权、以权谋私", "Abuse of power for private gain"},
    {"land_planning", "国土空间规划和自然资源领域腐败", "Corruption in planning and natural resources"},
    {"formalism", "形式主义官僚主义", "Formalism and bureaucratism"},
    {"dereliction", "失职失责", "Dereliction of duty"},
    {"other", "其他违纪违法", "Other breaches"},
}};
// 学习活动类别.
constexpr std::array<Label, 7> kSessionKinds{{
    {"center_group", "党委理论学习中心组学习", "Party committee theory study group"},
    {"branch_assembly", "支部党员大会", "Branch general meeting"},
    {"branch_committee", "支部委员会", "Branch committee meeting"},
    {"group_meeting", "党小组会", "Party group meeting"},
    {"party_lesson", "党课", "Party lesson"},
    {"integrity_lesson", "廉政党课", "Integrity lesson"},
    {"warning_meeting", "警示教育大会（观看警示教育片）", "Warning-education meeting (film)"},
}};

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("education.invalid", zh, en, field);
}
Error item_not_found() {
  return Error::make(ErrorKind::kNotFound, "education.not_found", "学习内容不存在", "The study item does not exist");
}
Error session_not_found() {
  return Error::make(ErrorKind::kNotFound, "education.session_not_found", "学习活动不存在",
                     "The study session does not exist");
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

bool sees_all_items(const auth::Principal& who) { return who.can(kEducationManage) || who.can(kEducationProgress); }
int64_t me(const auth::Principal& who) { return who.person_id.value_or(-1); }

// The assignments (alias `a`) whose counts the reader may see.
org::ScopeCondition assignment_scope(const auth::Principal& who, const std::string& a = "a") {
  org::ScopeCondition c;
  if (sees_all_items(who)) {
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
      c.sql = a + ".department_id IN (" + in + ")";
      return c;
    }
  }
  c.sql = a + ".person_id = ?";
  c.params.emplace_back(me(who));
  return c;
}

// Which items (alias i) the reader may see.
org::ScopeCondition item_visibility(const auth::Principal& who) {
  org::ScopeCondition c;
  if (sees_all_items(who)) {
    c.sql = "i.archived_at IS NULL";
    return c;
  }
  c.sql = "i.archived_at IS NULL AND EXISTS (SELECT 1 FROM education_assignments v WHERE v.item_id = i.id AND v.person_id = ?)";
  c.params.emplace_back(me(who));
  return c;
}

EducationItem item_of(const store::Row& r) {
  EducationItem it;
  it.id = r.i64("id");
  it.kind = r.text("kind");
  it.number = r.text("number");
  it.year = static_cast<int>(r.i64("year"));
  it.title = r.text("title");
  it.body = r.text("body");
  it.category = r.text("category");
  it.rules_broken = r.text("rules_broken");
  it.lessons = r.text("lessons");
  it.source = r.text("source");
  it.published_on = r.text("published_on");
  it.audience = r.text("audience");
  it.created_at = r.i64("created_at");
  it.assigned = r.i64("assigned");
  it.confirmed = r.i64("confirmed");
  it.assigned_to_me = r.i64("mine") > 0;
  it.my_confirmed_at = r.opt_i64("my_confirmed_at");
  return it;
}

Result<std::vector<EducationItem>> select_items(store::Connection& conn, const auth::Principal& who,
                                                const std::string& where, const store::Params& where_params,
                                                const std::string& tail, const store::Params& tail_params) {
  const org::ScopeCondition as = assignment_scope(who);
  std::string text(store::sql(conn, "education/item_select"));
  text = org::splice(text, "/*ASCOPE*/", as.sql);
  text = org::splice(text, "/*ASCOPE*/", as.sql);
  text = org::splice(text, "/*WHERE*/", where);
  text = org::splice(text, "/*TAIL*/", tail);
  store::Params params = as.params;
  params.insert(params.end(), as.params.begin(), as.params.end());
  params.emplace_back(me(who));
  params.emplace_back(me(who));
  params.insert(params.end(), where_params.begin(), where_params.end());
  params.insert(params.end(), tail_params.begin(), tail_params.end());
  QF_TRY(auto rows, conn.query(text, params));
  std::vector<EducationItem> out;
  for (const auto& r : rows) out.push_back(item_of(r));
  return out;
}

}  // namespace

// The audience in words, for the item's record (全体干部职工; 规划处、财务处; …).
Result<std::string> audience_words(store::Connection& conn, const Audience& a) {
  if (a.everyone) return std::string("全体干部职工");
  std::vector<std::string> parts;
  for (int64_t id : a.department_ids) {
    QF_TRY(org::Department d, org::get_department(conn, id));
    parts.push_back(d.name);
  }
  for (int64_t id : a.branch_ids) {
    QF_TRY(org::Branch b, org::get_branch(conn, id));
    parts.push_back(b.name);
  }
  for (const auto& r : a.roles) {
    auto role = auth::role_from_code(r);
    parts.push_back(role ? std::string(auth::role_label_zh(*role)) : r);
  }
  if (!a.person_ids.empty()) parts.push_back(fmt::format("指定人员 {} 人", a.person_ids.size()));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "、") + p;
  return out;
}

// Validates the audience: every department, branch, role and person must exist.
Status check_audience(store::Connection& conn, const Audience& a) {
  if (a.empty())
    return bad("audience", "请选择学习对象（全体、部门、支部、角色或人员）",
               "audience: choose everyone, departments, branches, roles or people");
  for (size_t k = 0; k < a.department_ids.size(); ++k) {
    auto d = org::get_department(conn, a.department_ids[k]);
    if (!d.ok() || d->archived_at)
      return bad(fmt::format("audience.department_ids[{}]", k), fmt::format("学习对象第 {} 个部门不存在或已撤销", k + 1),
                 fmt::format("audience.department_ids[{}]: no such active department", k));
  }
  for (size_t k = 0; k < a.branch_ids.size(); ++k) {
    auto b = org::get_branch(conn, a.branch_ids[k]);
    if (!b.ok() || b->archived_at)
      return bad(fmt::format("audience.branch_ids[{}]", k), fmt::format("学习对象第 {} 个支部不存在或已撤销", k + 1),
                 fmt::format("audience.branch_ids[{}]: no such active branch", k));
  }
  for (size_t k = 0; k < a.roles.size(); ++k) {
    auto r = auth::role_from_code(a.roles[k]);
    if (!r || auth::is_admin_role(*r))
      return bad(fmt::format("audience.roles[{}]", k), fmt::format("学习对象第 {} 个角色不存在", k + 1),
                 fmt::format("audience.roles[{}]: no such role", k));
  }
  return {};
}

// The people an audience reaches now: (person, department).
Result<std::vector<std::pair<int64_t, std::optional<int64_t>>>> audience_people(store::Connection& conn,
                                                                                const Audience& a) {
  std::vector<std::string> terms;
  store::Params params;
  auto in_list = [&](const std::vector<int64_t>& ids) {
    std::string in;
    for (int64_t id : ids) {
      in += in.empty() ? "?" : ",?";
      params.emplace_back(id);
    }
    return in;
  };
  if (a.everyone) terms.push_back("1=1");
  if (!a.department_ids.empty()) {
    QF_TRY(auto all, org::list_departments(conn, true));
    std::set<int64_t> ids;
    for (int64_t root : a.department_ids)
      for (int64_t id : org::subtree_ids(all, root)) ids.insert(id);
    terms.push_back("p.department_id IN (" + in_list({ids.begin(), ids.end()}) + ")");
  }
  if (!a.branch_ids.empty()) terms.push_back("p.branch_id IN (" + in_list(a.branch_ids) + ")");
  if (!a.person_ids.empty()) terms.push_back("p.id IN (" + in_list(a.person_ids) + ")");
  if (!a.roles.empty()) {
    std::string in;
    for (const auto& r : a.roles) {
      in += in.empty() ? "?" : ",?";
      params.emplace_back(r);
    }
    terms.push_back(
        "p.id IN (SELECT ac.person_id FROM accounts ac JOIN role_grants g ON g.account_id = ac.id "
        "WHERE ac.status = 'active' AND ac.person_id IS NOT NULL AND g.role IN (" + in + "))");
  }
  std::string who;
  for (const auto& t : terms) who += (who.empty() ? "" : " OR ") + t;
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "education/audience_people"), "/*WHO*/", who), params));
  std::vector<std::pair<int64_t, std::optional<int64_t>>> out;
  for (const auto& r : rows) out.emplace_back(r.i64("id"), r.opt_i64("department_id"));
  return out;
}

namespace {

Result<int64_t> insert_assignments(store::Connection& conn, int64_t item_id, const Audience& a, int64_t now_ms) {
  QF_TRY(auto people, audience_people(conn, a));
  int64_t added = 0;
  for (const auto& [person, dept] : people) {
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "education/assignment_insert"),
                                   {item_id, person, store::opt(dept), now_ms}));
    added += n;
  }
  return added;
}

}  // namespace

bool is_item_kind(std::string_view code) { return has(kKinds, code); }
bool is_case_category(std::string_view code) { return has(kCaseCategories, code); }
bool is_session_kind(std::string_view code) { return has(kSessionKinds, code); }

void register_education_dictionaries() {
  add_dictionary("education.kind", "学习内容类别", "Study item kind", kKinds);
  add_dictionary("education.case_category", "典型案例类别", "Typical case category", kCaseCategories);
  add_dictionary("education.session_kind", "学习活动类别", "Study session kind", kSessionKinds);
}

Result<Published> publish(store::Connection& conn, const ItemInput& in, int64_t account_id, int64_t now_ms) {
  if (in.kind.empty()) return bad("kind", "请选择学习内容类别", "kind is required");
  if (!is_item_kind(in.kind))
    return bad("kind", "学习内容类别不在字典「学习内容类别」中", "kind is not in the dictionary education.kind");
  if (in.title.empty()) return bad("title", "标题不能为空", "title is required");
  QF_TRY_STATUS(check_length(in.title, "title", "标题", 200));
  QF_TRY_STATUS(check_length(in.body, "body", "正文", 20000));
  if (in.kind == "case") {
    if (in.category.empty()) return bad("category", "请选择典型案例类别", "category is required for a typical case");
    if (!is_case_category(in.category))
      return bad("category", "案例类别不在字典「典型案例类别」中",
                 "category is not in the dictionary education.case_category");
    if (in.lessons.empty()) return bad("lessons", "请填写警示启示", "lessons is required for a typical case");
  } else if (!in.category.empty() && !is_case_category(in.category)) {
    return bad("category", "案例类别不在字典「典型案例类别」中",
               "category is not in the dictionary education.case_category");
  }
  QF_TRY_STATUS(check_length(in.rules_broken, "rules_broken", "违反的纪律规定", 2000));
  QF_TRY_STATUS(check_length(in.lessons, "lessons", "警示启示", 4000));
  QF_TRY_STATUS(check_length(in.source, "source", "来源", 200));
  QF_TRY(std::string published_on, checked_date(in.published_on, "published_on", "发布日期"));
  QF_TRY_STATUS(check_audience(conn, in.audience));
  QF_TRY(std::string audience, audience_words(conn, in.audience));
  const int year = Date::parse(published_on).value().year();
  std::string number;
  store::Value seq{nullptr};
  if (in.kind == "notice") {
    QF_TRY(auto row, conn.query_one(store::sql(conn, "education/counter_next"), {int64_t{year}, in.kind}));
    seq = row.i64(0);
    number = fmt::format("{}年第{}期", year, row.i64(0));
  }
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "education/item_insert"),
                                 {in.kind, number, int64_t{year}, seq, in.title, in.body, in.category,
                                  in.rules_broken, in.lessons, in.source, published_on, audience,
                                  account_id ? store::Value{account_id} : store::Value{nullptr}, now_ms, now_ms}));
  QF_TRY(int64_t assigned, insert_assignments(conn, id, in.audience, now_ms));
  return Published{id, assigned};
}

Result<int64_t> assign(store::Connection& conn, const auth::Principal& who, int64_t item_id, const Audience& a,
                       int64_t now_ms) {
  QF_TRY(EducationItem it, get_item(conn, who, item_id));
  QF_TRY_STATUS(check_audience(conn, a));
  return insert_assignments(conn, it.id, a, now_ms);
}

Result<std::pair<std::vector<EducationItem>, int64_t>> list_items(store::Connection& conn,
                                                                  const auth::Principal& who, const ItemQuery& q) {
  const org::ScopeCondition vis = item_visibility(who);
  std::string where = vis.sql;
  store::Params params = vis.params;
  if (q.kind) {
    where += " AND i.kind = ?";
    params.emplace_back(*q.kind);
  }
  if (q.year) {
    where += " AND i.year = ?";
    params.emplace_back(int64_t{*q.year});
  }
  if (!q.q.empty()) {
    where += " AND i.title LIKE ? ESCAPE '\\'";
    params.emplace_back(store::like_contains(q.q));
  }
  if (q.mine) {
    where += " AND EXISTS (SELECT 1 FROM education_assignments w WHERE w.item_id = i.id AND w.person_id = ?";
    params.emplace_back(me(who));
    if (q.confirmed) where += *q.confirmed ? " AND w.confirmed_at IS NOT NULL" : " AND w.confirmed_at IS NULL";
    where += ")";
  }
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "education/item_count"), "/*WHERE*/", where), params));
  std::string tail = "ORDER BY i.published_on DESC, i.id DESC";
  store::Params tail_params;
  if (q.limit > 0) {
    tail += " LIMIT ? OFFSET ?";
    tail_params = {q.limit, q.offset};
  }
  QF_TRY(auto items, select_items(conn, who, where, params, tail, tail_params));
  return std::make_pair(std::move(items), n.i64("n"));
}

Result<EducationItem> get_item(store::Connection& conn, const auth::Principal& who, int64_t id) {
  const org::ScopeCondition vis = item_visibility(who);
  store::Params params{id};
  params.insert(params.end(), vis.params.begin(), vis.params.end());
  QF_TRY(auto items, select_items(conn, who, "i.id = ? AND " + vis.sql, params, "", {}));
  if (items.empty()) return item_not_found();
  return items.front();
}

Result<EducationItem> confirm(store::Connection& conn, const auth::Principal& who, int64_t id, int64_t now_ms) {
  QF_TRY(EducationItem it, get_item(conn, who, id));
  if (!it.assigned_to_me)
    return Error::make(ErrorKind::kConflict, "education.not_assigned", "这项学习内容没有分配给您，无需确认",
                       "This item is not assigned to you: nothing to confirm");
  if (!it.my_confirmed_at) {
    QF_TRY_STATUS(conn.execute(store::sql(conn, "education/assignment_confirm"), {now_ms, id, me(who)}));
  }
  return get_item(conn, who, id);
}

Result<std::vector<DepartmentCompletion>> completion(store::Connection& conn, const auth::Principal& who,
                                                     int64_t item_id) {
  QF_TRY(EducationItem it, get_item(conn, who, item_id));
  const org::ScopeCondition as = assignment_scope(who);
  store::Params params{it.id};
  params.insert(params.end(), as.params.begin(), as.params.end());
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "education/completion"), "/*SCOPE*/", as.sql), params));
  std::vector<DepartmentCompletion> out;
  for (const auto& r : rows)
    out.push_back({r.opt_i64("department_id").value_or(0),
                   r.opt_text("department_name").value_or("（未分配部门）"), r.i64("assigned"), r.i64("confirmed")});
  return out;
}

Result<std::vector<Assignee>> assignees(store::Connection& conn, const auth::Principal& who, int64_t item_id,
                                        std::optional<int64_t> department_id) {
  QF_TRY(EducationItem it, get_item(conn, who, item_id));
  org::ScopeCondition as = assignment_scope(who);
  store::Params params{it.id};
  params.insert(params.end(), as.params.begin(), as.params.end());
  std::string cond = as.sql;
  if (department_id) {
    cond += " AND a.department_id = ?";
    params.emplace_back(*department_id);
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "education/assignees"), "/*SCOPE*/", cond), params));
  std::vector<Assignee> out;
  for (const auto& r : rows)
    out.push_back({r.i64("person_id"), r.text("name"), r.opt_text("department_name").value_or(""),
                   r.opt_i64("confirmed_at")});
  return out;
}

Result<int64_t> pending_count(store::Connection& conn, const auth::Principal& who) {
  if (!who.person_id) return int64_t{0};
  QF_TRY(auto n, conn.query_one(store::sql(conn, "education/pending_count"), {*who.person_id}));
  return n.i64("n");
}

Result<int64_t> record_session(store::Connection& conn, const SessionInput& in, int64_t account_id, int64_t now_ms) {
  if (in.kind.empty()) return bad("kind", "请选择学习活动类别", "kind is required");
  if (!is_session_kind(in.kind))
    return bad("kind", "学习活动类别不在字典「学习活动类别」中", "kind is not in the dictionary education.session_kind");
  QF_TRY(std::string held_on, checked_date(in.held_on, "held_on", "学习日期"));
  if (in.topic.empty()) return bad("topic", "学习主题不能为空", "topic is required");
  QF_TRY_STATUS(check_length(in.topic, "topic", "学习主题", 200));
  QF_TRY_STATUS(check_length(in.speaker, "speaker", "主讲人", 100));
  QF_TRY_STATUS(check_length(in.place, "place", "地点", 100));
  QF_TRY_STATUS(check_length(in.materials, "materials", "学习材料", 4000));
  if (in.branch_id) {
    auto b = org::get_branch(conn, *in.branch_id);
    if (!b.ok()) return bad("branch_id", "党支部不存在", "branch_id: no such branch");
  }
  std::set<int64_t> seen;
  for (size_t k = 0; k < in.attendees.size(); ++k) {
    const std::string field = fmt::format("attendees[{}].person_id", k);
    auto p = conn.query("SELECT id FROM people WHERE id = ?", {in.attendees[k].first});
    if (!p.ok() || p->empty())
      return bad(field, fmt::format("参加人员第 {} 人不存在", k + 1), fmt::format("{}: no such person", field));
    if (!seen.insert(in.attendees[k].first).second)
      return bad(field, fmt::format("参加人员第 {} 人重复", k + 1), fmt::format("{}: listed twice", field));
  }
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "education/session_insert"),
                                 {in.kind, held_on, in.topic, in.speaker, in.place, in.materials,
                                  store::opt(in.branch_id),
                                  account_id ? store::Value{account_id} : store::Value{nullptr}, now_ms}));
  for (const auto& [person, led] : in.attendees)
    QF_TRY_STATUS(conn.execute(store::sql(conn, "education/attendance_insert"), {id, person, int64_t{led ? 1 : 0}}));
  return id;
}

namespace {
StudySession session_of(const store::Row& r) {
  StudySession s;
  s.id = r.i64("id");
  s.kind = r.text("kind");
  s.held_on = r.text("held_on");
  s.topic = r.text("topic");
  s.speaker = r.text("speaker");
  s.place = r.text("place");
  s.materials = r.text("materials");
  s.branch_id = r.opt_i64("branch_id");
  s.branch_name = r.opt_text("branch_name").value_or("");
  s.created_at = r.i64("created_at");
  s.attendance = r.i64("attendance");
  s.leaders = r.i64("leaders");
  return s;
}
}  // namespace

Result<StudySession> get_session(store::Connection& conn, int64_t id) {
  std::string text = org::splice(store::sql(conn, "education/session_select"), "/*WHERE*/", "s.id = ?");
  text = org::splice(text, "/*TAIL*/", "");
  QF_TRY(auto rows, conn.query(text, {id}));
  if (rows.empty()) return session_not_found();
  StudySession s = session_of(rows.front());
  QF_TRY(auto people, conn.query(store::sql(conn, "education/attendance_of"), {id}));
  for (const auto& r : people) s.attendees.push_back({r.i64("person_id"), r.text("name"), r.i64("led") != 0});
  return s;
}

Result<std::pair<std::vector<StudySession>, int64_t>> list_sessions(store::Connection& conn, const SessionQuery& q) {
  std::string where = "1=1";
  store::Params params;
  if (q.year) {
    where += " AND s.held_on >= ? AND s.held_on <= ?";
    params.emplace_back(fmt::format("{}-01-01", *q.year));
    params.emplace_back(fmt::format("{}-12-31", *q.year));
  }
  if (q.kind) {
    where += " AND s.kind = ?";
    params.emplace_back(*q.kind);
  }
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "education/session_count"), "/*WHERE*/", where), params));
  std::string text = org::splice(store::sql(conn, "education/session_select"), "/*WHERE*/", where);
  text = org::splice(text, "/*TAIL*/", "ORDER BY s.held_on DESC, s.id DESC LIMIT ? OFFSET ?");
  store::Params page = params;
  page.emplace_back(q.limit);
  page.emplace_back(q.offset);
  QF_TRY(auto rows, conn.query(text, page));
  std::vector<StudySession> out;
  for (const auto& r : rows) out.push_back(session_of(r));
  return std::make_pair(std::move(out), n.i64("n"));
}

Result<YearCounts> year_counts(store::Connection& conn, int year, const StudyScope& scope) {
  YearCounts c;
  c.year = year;
  const std::string from = fmt::format("{}-01-01", year), to = fmt::format("{}-12-31", year);
  store::Params params{from, to};
  std::string branch;
  if (scope.branch_id) {
    branch = "AND s.branch_id = ?";
    params.emplace_back(*scope.branch_id);
  }
  QF_TRY(auto sessions, conn.query(org::splice(store::sql(conn, "education/year_sessions"), "/*BRANCH*/", branch), params));
  for (const auto& r : sessions) {
    const std::string kind = r.text("kind");
    const int64_t n = r.i64("n");
    c.sessions += n;
    if (kind == "center_group") c.center_group_sessions += n;
    if (kind == "party_lesson") c.party_lessons += n;
    if (kind == "integrity_lesson") c.integrity_lessons += n;
  }
  QF_TRY(auto att, conn.query(org::splice(store::sql(conn, "education/year_attendance"), "/*BRANCH*/", branch), params));
  for (const auto& r : att) {
    const int64_t leads = r.opt_i64("leads").value_or(0);
    c.attendance += r.i64("attended");
    c.leads += leads;
    if (r.text("kind") == "center_group") c.center_group_leads += leads;
  }
  QF_TRY(auto items, conn.query(store::sql(conn, "education/year_items"), {from, to}));
  for (const auto& r : items) {
    const std::string kind = r.text("kind");
    const int64_t n = r.i64("n");
    if (kind == "notice") c.notices += n;
    if (kind == "case") c.cases += n;
    if (kind == "model") c.models += n;
    if (kind == "article" || kind == "interpretation") c.articles += n;
  }
  return c;
}

}  // namespace qf::education
