// Case-driven reform: see case_reform.h.
#include "domain/inspections/case_reform.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "core/calendar.h"
#include "domain/clues/clue_store.h"
#include "domain/education/education.h"
#include "domain/org/data_scope.h"
#include "domain/org/structure.h"

namespace qf::inspections {
namespace {

Error bad(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("inspection.invalid", zh, en, field);
}
Error reform_not_found() {
  return Error::make(ErrorKind::kNotFound, "inspection.case_reform_not_found", "以案促改通知不存在",
                     "The case-driven reform does not exist");
}
// An absent clue and one the caller may not see answer the same.
Error source_not_found(const std::string& field) {
  return Error::make(ErrorKind::kNotFound, "inspection.case_source_not_found", "案件来源不存在",
                     "The source case does not exist", field);
}
Status check_length(const std::string& text, const std::string& field, const std::string& label_zh, size_t max) {
  if (org::text_length(text) > max)
    return bad(field, fmt::format("{}不能超过 {} 字", label_zh, max),
               fmt::format("{} must not exceed {} characters", field, max));
  return {};
}

// The reforms (alias f, check c) whose check covers a department the reader reaches.
org::ScopeCondition reform_scope(const auth::Principal& who) {
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
  c.sql = "EXISTS (SELECT 1 FROM inspection_check_departments sd WHERE sd.check_id = f.check_id AND sd.department_id IN (" +
          in + "))";
  return c;
}

CaseReform reform_of(const store::Row& r) {
  CaseReform f;
  f.id = r.i64("id");
  f.number = r.text("number");
  f.year = static_cast<int>(r.i64("year"));
  f.check_id = r.i64("check_id");
  f.check_number = r.text("check_number");
  f.source_kind = r.text("source_kind");
  f.clue_id = r.opt_i64("clue_id");  // cleared by reveal() unless the reader may see the clue
  f.education_item_id = r.opt_i64("education_item_id");
  f.title = r.text("title");
  f.summary = r.text("summary");
  f.loopholes = r.text("loopholes");
  f.issued_on = r.text("issued_on");
  f.created_at = r.i64("created_at");
  return f;
}

// Keeps the clue reference only for a reader who may see the clue.
Status reveal(store::Connection& conn, const auth::Principal& who, CaseReform& f) {
  if (!f.clue_id) return {};
  QF_TRY(bool sees, clues::can_see_clue(conn, who, *f.clue_id));
  if (!sees) {
    f.clue_id.reset();
    return {};
  }
  QF_TRY(auto row, conn.query_one(store::sql(conn, "inspections/reform_clue_state"), {*f.clue_id}));
  f.clue_number = row.text("number");
  return {};
}

Result<std::vector<CaseReform>> select_reforms(store::Connection& conn, const auth::Principal& who,
                                               const std::string& where, store::Params params,
                                               const std::string& tail) {
  const org::ScopeCondition sc = reform_scope(who);
  std::string text = org::splice(store::sql(conn, "inspections/reform_select"), "/*WHERE*/", sc.sql + " AND " + where);
  text = org::splice(text, "/*TAIL*/", tail);
  store::Params all = sc.params;
  all.insert(all.end(), params.begin(), params.end());
  QF_TRY(auto rows, conn.query(text, all));
  std::vector<CaseReform> out;
  for (const auto& r : rows) out.push_back(reform_of(r));
  if (out.empty()) return out;
  // The departments of every reform's check in one query.
  std::string ids;
  store::Params idp;
  for (const auto& f : out) {
    ids += ids.empty() ? "?" : ",?";
    idp.emplace_back(f.check_id);
  }
  QF_TRY(auto deps, conn.query(org::splice(store::sql(conn, "inspections/reform_departments"), "/*IDS*/", ids), idp));
  std::map<int64_t, std::vector<CheckDepartment>> by_check;
  for (const auto& d : deps) by_check[d.i64("check_id")].push_back({d.i64("id"), d.text("name")});
  for (auto& f : out) {
    f.departments = by_check[f.check_id];
    QF_TRY_STATUS(reveal(conn, who, f));
  }
  return out;
}

}  // namespace

Result<int64_t> create_case_reform(store::Connection& conn, const auth::Principal& who, const ReformInput& in,
                                   const std::string& today, int64_t now_ms) {
  // The source: exactly one of a closed clue the issuer may see and a typical case.
  if (in.clue_id.has_value() == in.education_item_id.has_value())
    return bad("source", "请选择案件来源：已办结的问题线索或典型案例（二选一）",
               "source: give either clue_id (a closed clue) or education_item_id (a typical case)");
  std::string source_kind;
  if (in.clue_id) {
    source_kind = "clue";
    QF_TRY(bool sees, clues::can_see_clue(conn, who, *in.clue_id));
    if (!sees) return source_not_found("clue_id");
    QF_TRY(auto row, conn.query_one(store::sql(conn, "inspections/reform_clue_state"), {*in.clue_id}));
    if (row.text("state") != "closed")
      return Error::make(ErrorKind::kConflict, "inspection.case_not_closed", "该问题线索尚未办结，不能据此开展以案促改",
                         "The clue is not closed yet: no case-driven reform from it", "clue_id");
  } else {
    source_kind = "typical_case";
    auto item = education::get_item(conn, who, *in.education_item_id);
    if (!item.ok()) {
      if (item.error().kind == ErrorKind::kNotFound) return source_not_found("education_item_id");
      return item.take_error();
    }
    if (item->kind != "case")
      return bad("education_item_id", "所选学习内容不是典型案例", "education_item_id is not a typical case");
  }
  if (in.title.empty()) return bad("title", "通知标题不能为空", "title is required");
  QF_TRY_STATUS(check_length(in.title, "title", "通知标题", 150));
  if (in.summary.empty()) return bad("summary", "请填写案例简况（供各部门阅看，不写被反映人姓名等案件信息）", "summary is required");
  QF_TRY_STATUS(check_length(in.summary, "summary", "案例简况", 2000));
  if (in.loopholes.empty()) return bad("loopholes", "请填写暴露的问题和管理漏洞", "loopholes is required");
  QF_TRY_STATUS(check_length(in.loopholes, "loopholes", "暴露的问题和管理漏洞", 4000));
  if (in.measures.empty())
    return bad("measures", "请至少向一个部门提出整改建议", "measures: give at least one department's measures");
  std::vector<int64_t> departments;
  std::set<int64_t> seen;
  std::string last_deadline = today;
  for (size_t k = 0; k < in.measures.size(); ++k) {
    const auto& m = in.measures[k];
    const std::string f = fmt::format("measures[{}]", k);
    if (!m.owner_department_id)
      return bad(f + ".owner_department_id", fmt::format("第 {} 条整改建议请选择责任部门", k + 1),
                 f + ".owner_department_id is required");
    auto d = org::get_department(conn, *m.owner_department_id);
    if (!d.ok() || d->archived_at)
      return bad(f + ".owner_department_id", fmt::format("第 {} 条整改建议的责任部门不存在或已撤销", k + 1),
                 f + ".owner_department_id: no such active department");
    if (m.problem.empty())
      return bad(f + ".problem", fmt::format("第 {} 条整改建议请写明该部门存在的问题", k + 1), f + ".problem is required");
    if (m.measures.empty())
      return bad(f + ".measures", fmt::format("第 {} 条整改建议请写明整改措施", k + 1), f + ".measures is required");
    auto dl = Date::parse(m.deadline, f + ".deadline");
    if (m.deadline.empty() || !dl.ok())
      return bad(f + ".deadline", fmt::format("第 {} 条整改建议的整改时限应为日期 YYYY-MM-DD", k + 1),
                 f + ".deadline must be a date YYYY-MM-DD");
    if (dl->to_string() < today)
      return bad(f + ".deadline", fmt::format("第 {} 条整改建议的整改时限不能早于今天", k + 1),
                 f + ".deadline must not be before today");
    last_deadline = std::max(last_deadline, dl->to_string());
    if (seen.insert(*m.owner_department_id).second) departments.push_back(*m.owner_department_id);
  }

  // The notice's check (kind case_reform) carries the departments; each measure an item.
  const int year = Date::parse(today).value().year();
  QF_TRY(auto counter, conn.query_one(store::sql(conn, "inspections/reform_counter_next"), {int64_t{year}}));
  const int64_t seq = counter.i64(0);
  const std::string number = fmt::format("〔{}〕以案促改第{}号", year, seq);
  CheckInput check;
  check.kind = "case_reform";
  check.case_reform = true;
  check.title = fmt::format("以案促改：{}", in.title);
  check.plan = fmt::format("{}\n案例简况：{}\n暴露的问题和管理漏洞：{}", number, in.summary, in.loopholes);
  check.start_date = today;
  check.end_date = last_deadline;
  check.department_ids = departments;
  QF_TRY(int64_t check_id, create_check(conn, check, who.account_id, now_ms));
  for (const auto& m : in.measures) {
    ItemInput item;
    item.finding = m.problem;
    item.measures = m.measures;
    item.deadline = m.deadline;
    item.owner_department_id = m.owner_department_id;
    QF_TRY(int64_t item_id, create_item(conn, who, check_id, item, now_ms));
    (void)item_id;
  }
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "inspections/reform_insert"),
                                 {number, int64_t{year}, seq, check_id, source_kind, store::opt(in.clue_id),
                                  store::opt(in.education_item_id), in.title, in.summary, in.loopholes, today,
                                  who.account_id ? store::Value{who.account_id} : store::Value{nullptr}, now_ms}));
  return id;
}

Result<CaseReform> get_case_reform(store::Connection& conn, const auth::Principal& who, int64_t id,
                                   const std::string& today) {
  QF_TRY(auto found, select_reforms(conn, who, "f.id = ?", {id}, ""));
  if (found.empty()) return reform_not_found();
  CaseReform f = std::move(found.front());
  LedgerQuery q;
  q.check_id = f.check_id;
  q.today = today;
  q.limit = 0;
  QF_TRY(auto items, list_items(conn, who, q));
  f.items = std::move(items.first);
  return f;
}

Result<std::pair<std::vector<CaseReform>, int64_t>> list_case_reforms(store::Connection& conn,
                                                                      const auth::Principal& who, int64_t offset,
                                                                      int64_t limit) {
  const org::ScopeCondition sc = reform_scope(who);
  QF_TRY(auto n, conn.query_one(org::splice(store::sql(conn, "inspections/reform_count"), "/*WHERE*/", sc.sql), sc.params));
  QF_TRY(auto page, select_reforms(conn, who, "1=1", {limit, offset}, "ORDER BY f.issued_on DESC, f.id DESC LIMIT ? OFFSET ?"));
  return std::make_pair(std::move(page), n.i64("n"));
}

}  // namespace qf::inspections
