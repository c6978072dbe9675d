#include "domain/duty/assessment.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "domain/org/data_scope.h"

namespace qf::duty {
namespace {

using store::Params;
using store::Row;

constexpr size_t kTitleMax = 200;
constexpr size_t kRuleMax = 2000;
constexpr size_t kCommentMax = 1000;

Error invalid(const std::string& code, const std::string& zh, const std::string& en, const std::string& field) {
  return Error::invalid(code, zh, en, field);
}

Status check_year(int year) {
  if (year < 2000 || year > 2100)
    return invalid("duty.bad_year", fmt::format("年度应在 2000 至 2100 之间，实际为 {}", year),
                   fmt::format("Year must be from 2000 to 2100, got {}", year), "year");
  return {};
}

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

Status check_text(const std::string& text, size_t max, bool required, const std::string& field,
                  const std::string& label_zh, const std::string& label_en) {
  if (required && blank(text))
    return invalid("duty.required", label_zh + "不能为空", label_en + " is required", field);
  if (text_length(text) > max)
    return invalid("duty.too_long", fmt::format("{}不能超过 {} 个字", label_zh, max),
                   fmt::format("{} must be at most {} characters", label_en, max), field);
  return {};
}

AssessItem item_of(const Row& r) {
  AssessItem i;
  i.id = r.i64("id");
  i.year = static_cast<int>(r.i64("year"));
  i.sort_order = static_cast<int>(r.i64("sort_order"));
  i.title = r.text("title");
  i.weight = static_cast<int>(r.i64("weight"));
  i.scoring_rule = r.text("scoring_rule");
  i.work_point_id = r.opt_i64("work_point_id");
  i.work_point_title = r.text("work_point_title");
  i.copied_from_id = r.opt_i64("copied_from_id");
  return i;
}

bool reaches(const auth::Principal& who, int64_t department) {
  return who.unit_wide || who.department_ids.count(department) > 0;
}

Error department_not_found() {
  return Error::make(ErrorKind::kNotFound, "duty.assess.department_not_found", "考核部门不存在",
                     "Assessed department not found");
}

}  // namespace

std::string format_tenths(int tenths) {
  if (tenths % 10 == 0) return std::to_string(tenths / 10);
  return fmt::format("{}.{}", tenths / 10, tenths % 10);
}

std::string format_thousandths(int64_t v) {
  // Two decimals, rounded half up (values are never negative).
  const int64_t hundredths = (v + 5) / 10;
  return fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
}

Result<std::vector<AssessItem>> assess_items(store::Connection& conn, int year) {
  QF_TRY(store::ResultSet rs, conn.query(store::sql(conn, "duty/assess_items"), {int64_t{year}}));
  std::vector<AssessItem> out;
  for (const Row& r : rs) out.push_back(item_of(r));
  return out;
}

Result<Assessment> read_assessment(store::Connection& conn, const auth::Principal& who, int year) {
  QF_TRY_STATUS(check_year(year));
  Assessment a;
  a.year = year;
  QF_TRY(a.items, assess_items(conn, year));
  QF_TRY(auto previous, assess_items(conn, year - 1));
  a.previous_year_items = static_cast<int64_t>(previous.size());
  std::map<int64_t, int> weight;
  for (const auto& i : a.items) weight[i.id] = i.weight;

  QF_TRY(store::ResultSet deps, conn.query(store::sql(conn, "duty/assess_departments")));
  std::vector<AssessRow> all;
  std::map<int64_t, size_t> at;
  for (const Row& r : deps) {
    at[r.i64("id")] = all.size();
    all.push_back(AssessRow{r.i64("id"), r.text("name"), {}, 0, 0, std::nullopt});
  }
  QF_TRY(store::ResultSet scores, conn.query(store::sql(conn, "duty/assess_scores"), {int64_t{year}}));
  for (const Row& r : scores) {
    auto it = at.find(r.i64("department_id"));
    if (it == at.end()) continue;  // a department no longer assessed
    AssessRow& row = all[it->second];
    const int64_t item = r.i64("item_id");
    AssessScore s{static_cast<int>(r.i64("score_tenths")), r.text("comment"), r.text("scorer_name"),
                  r.i64("scored_at")};
    row.total_thousandths += int64_t{s.score_tenths} * weight[item];
    row.scored += 1;
    row.scores.emplace(item, std::move(s));
  }
  // Competition ranking (1, 1, 3) of the departments with a score, highest total first.
  std::vector<size_t> order;
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].scored > 0) order.push_back(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return all[x].total_thousandths > all[y].total_thousandths; });
  for (size_t k = 0; k < order.size(); ++k) {
    const bool tie = k > 0 && all[order[k]].total_thousandths == all[order[k - 1]].total_thousandths;
    all[order[k]].rank = tie ? all[order[k - 1]].rank : std::optional<int>(static_cast<int>(k + 1));
  }
  std::vector<size_t> shown;
  for (size_t i = 0; i < all.size(); ++i)
    if (reaches(who, all[i].department_id)) shown.push_back(i);
  std::stable_sort(shown.begin(), shown.end(), [&](size_t x, size_t y) {
    const int rx = all[x].rank.value_or(1 << 30), ry = all[y].rank.value_or(1 << 30);
    return rx < ry;
  });
  for (size_t i : shown) a.rows.push_back(std::move(all[i]));
  return a;
}

Status save_template(store::Connection& conn, int year, const std::vector<AssessItemInput>& items, int64_t now_ms) {
  QF_TRY_STATUS(check_year(year));
  if (items.empty())
    return invalid("duty.assess.no_items", "考核模板至少应有一个考核项目", "The template needs at least one item",
                   "items");
  QF_TRY(auto current, assess_items(conn, year));
  std::set<int64_t> current_ids;
  for (const auto& i : current) current_ids.insert(i.id);
  QF_TRY(store::ResultSet points, conn.query(store::sql(conn, "duty/work_points_of_year"), {int64_t{year}}));
  std::set<int64_t> point_ids;
  for (const Row& r : points) point_ids.insert(r.i64("id"));

  int64_t sum = 0;
  std::set<int64_t> given;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    const std::string f = fmt::format("items[{}]", i);
    if (it.id && (!current_ids.count(*it.id) || given.count(*it.id)))
      return invalid("duty.assess.item_unknown", fmt::format("考核项目（编号 {}）不属于 {} 年度模板", *it.id, year),
                     fmt::format("Item {} is not one of the {} template's", *it.id, year), f + ".id");
    if (it.id) given.insert(*it.id);
    QF_TRY_STATUS(check_text(it.title, kTitleMax, true, f + ".title", "考核项目", "Item title"));
    if (it.weight < 1 || it.weight > 100)
      return invalid("duty.assess.bad_weight",
                     fmt::format("第 {} 项的权重（分值）应为 1 至 100 的整数，实际为 {}", i + 1, it.weight),
                     fmt::format("Item {}'s weight must be a whole number from 1 to 100, got {}", i + 1, it.weight),
                     f + ".weight");
    QF_TRY_STATUS(check_text(it.scoring_rule, kRuleMax, true, f + ".scoring_rule", "评分标准", "Scoring rule"));
    if (it.work_point_id && !point_ids.count(*it.work_point_id))
      return invalid("duty.assess.work_point_unknown",
                     fmt::format("工作要点（编号 {}）不是 {} 年度的工作要点", *it.work_point_id, year),
                     fmt::format("Work point {} is not one of {}'s", *it.work_point_id, year), f + ".work_point_id");
    sum += it.weight;
  }
  if (sum != 100)
    return invalid("duty.assess.weights_sum", fmt::format("各考核项目权重（分值）之和应为 100，现为 {}", sum),
                   fmt::format("The items' weights must sum to 100; they sum to {}", sum), "weight");
  // Everything checked: now the writes.
  for (const auto& c : current) {
    if (given.count(c.id)) continue;
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/assess_item_archive"), {now_ms, now_ms, c.id}));
    (void)n;
  }
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    const int64_t order = static_cast<int64_t>(i + 1);
    if (it.id) {
      QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/assess_item_update"),
                                     {order, it.title, it.weight, it.scoring_rule, store::opt(it.work_point_id), now_ms,
                                      *it.id, int64_t{year}}));
      (void)n;
    } else {
      QF_TRY(int64_t id, conn.insert(store::sql(conn, "duty/assess_item_insert"),
                                     {int64_t{year}, order, it.title, it.weight, it.scoring_rule,
                                      store::opt(it.work_point_id), nullptr, now_ms, now_ms}));
      (void)id;
    }
  }
  return {};
}

Result<int64_t> copy_template(store::Connection& conn, int year, int64_t now_ms) {
  QF_TRY_STATUS(check_year(year));
  QF_TRY(auto current, assess_items(conn, year));
  if (!current.empty())
    return Error::make(ErrorKind::kConflict, "duty.assess.year_not_empty",
                       fmt::format("{} 年度已有考核模板，不能再从上一年度复制", year),
                       fmt::format("The {} template already has items; it cannot be copied again", year));
  QF_TRY(auto previous, assess_items(conn, year - 1));
  if (previous.empty())
    return invalid("duty.assess.nothing_to_copy", fmt::format("{} 年度没有考核模板可复制", year - 1),
                   fmt::format("There is no {} template to copy", year - 1), "year");
  QF_TRY(store::ResultSet points, conn.query(store::sql(conn, "duty/work_points_of_year"), {int64_t{year}}));
  std::map<std::string, int64_t> point_by_title;
  for (const Row& r : points) point_by_title.emplace(r.text("title"), r.i64("id"));
  for (const auto& p : previous) {
    std::optional<int64_t> point;
    if (auto it = point_by_title.find(p.work_point_title); p.work_point_id && it != point_by_title.end())
      point = it->second;
    QF_TRY(int64_t id, conn.insert(store::sql(conn, "duty/assess_item_insert"),
                                   {int64_t{year}, int64_t{p.sort_order}, p.title, int64_t{p.weight}, p.scoring_rule,
                                    store::opt(point), p.id, now_ms, now_ms}));
    (void)id;
  }
  return static_cast<int64_t>(previous.size());
}

Status save_scores(store::Connection& conn, const auth::Principal& who, int year, int64_t department_id,
                   const std::vector<ScoreInput>& scores, const std::string& scorer_name, int64_t now_ms) {
  QF_TRY_STATUS(check_year(year));
  QF_TRY(store::ResultSet deps, conn.query(store::sql(conn, "duty/assess_departments")));
  const bool assessed = std::any_of(deps.begin(), deps.end(), [&](const Row& r) { return r.i64("id") == department_id; });
  if (!assessed || !reaches(who, department_id)) return department_not_found();
  QF_TRY(auto items, assess_items(conn, year));
  std::set<int64_t> item_ids;
  for (const auto& i : items) item_ids.insert(i.id);
  if (scores.empty())
    return invalid("duty.assess.no_scores", "请至少填写一项得分", "Give at least one score", "scores");
  std::vector<int> tenths;
  std::set<int64_t> seen;
  for (size_t i = 0; i < scores.size(); ++i) {
    const std::string f = fmt::format("scores[{}]", i);
    if (!item_ids.count(scores[i].item_id) || seen.count(scores[i].item_id))
      return invalid("duty.assess.item_unknown",
                     fmt::format("考核项目（编号 {}）不属于 {} 年度模板", scores[i].item_id, year),
                     fmt::format("Item {} is not one of the {} template's", scores[i].item_id, year), f + ".item_id");
    seen.insert(scores[i].item_id);
    const double s = scores[i].score;
    const double t = std::round(s * 10);
    if (!std::isfinite(s) || s < 0 || s > 100 || std::fabs(t - s * 10) > 1e-6)
      return invalid("duty.assess.bad_score",
                     fmt::format("得分应为 0 至 100 之间、至多一位小数的数，实际为 {}", s),
                     fmt::format("A score must be from 0 to 100 with at most one decimal, got {}", s), f + ".score");
    QF_TRY_STATUS(check_text(scores[i].comment, kCommentMax, false, f + ".comment", "评语", "Comment"));
    tenths.push_back(static_cast<int>(t));
  }
  for (size_t i = 0; i < scores.size(); ++i) {
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "duty/assess_score_upsert"),
                                   {scores[i].item_id, department_id, int64_t{tenths[i]}, scores[i].comment,
                                    who.account_id, scorer_name, now_ms}));
    (void)n;
  }
  return {};
}

Result<std::pair<std::vector<ChainPoint>, Assessment>> assessment_chain(store::Connection& conn,
                                                                         const auth::Principal& who, int year,
                                                                         const std::string& today, bool with_tasks) {
  QF_TRY(auto points, list_work_points(conn, who, year, today));
  QF_TRY(Assessment a, read_assessment(conn, who, year));
  std::vector<ChainPoint> out;
  std::map<int64_t, size_t> at;
  for (auto& p : points) {
    at[p.id] = out.size();
    out.push_back(ChainPoint{std::move(p), {}, {}});
  }
  if (with_tasks) {
    TaskQuery q;
    q.year = year;
    q.limit = 5000;
    QF_TRY(auto tasks, list_tasks(conn, who, q, today));
    for (auto& t : tasks.first)
      if (auto it = at.find(t.work_point_id); it != at.end()) out[it->second].tasks.push_back(std::move(t));
  }
  for (const auto& i : a.items)
    if (i.work_point_id)
      if (auto it = at.find(*i.work_point_id); it != at.end()) out[it->second].items.push_back(i);
  return std::make_pair(std::move(out), std::move(a));
}

spreadsheet::XlsxSheet assessment_sheet(const Assessment& a) {
  spreadsheet::XlsxSheet s;
  s.name = fmt::format("{}年度考核", a.year);
  s.columns.push_back({"部门", 16});
  for (const auto& i : a.items) s.columns.push_back({fmt::format("{}（权重 {}）", i.title, i.weight), 14});
  s.columns.push_back({"加权总分", 10});
  s.columns.push_back({"排名", 8});
  s.columns.push_back({"已评项目", 10});
  s.columns.push_back({"评语", 40});
  for (const auto& r : a.rows) {
    std::vector<spreadsheet::XlsxCell> row;
    row.emplace_back(r.department_name);
    std::string comments;
    for (const auto& i : a.items) {
      auto it = r.scores.find(i.id);
      if (it == r.scores.end()) {
        row.emplace_back(std::monostate{});
        continue;
      }
      row.emplace_back(it->second.score_tenths / 10.0);
      if (!it->second.comment.empty())
        comments += (comments.empty() ? "" : "\n") + i.title + "：" + it->second.comment;
    }
    if (r.scored > 0) row.emplace_back(std::round(r.total_thousandths / 10.0) / 100.0);
    else row.emplace_back(std::monostate{});
    if (r.rank) row.emplace_back(int64_t{*r.rank});
    else row.emplace_back(std::string("未评分"));
    row.emplace_back(fmt::format("{}/{}", r.scored, a.items.size()));
    row.emplace_back(comments);
    s.rows.push_back(std::move(row));
  }
  size_t scored = 0, complete = 0;
  for (const auto& r : a.rows) {
    if (r.scored > 0) ++scored;
    if (!a.items.empty() && r.scored == a.items.size()) ++complete;
  }
  s.total = fmt::format("合计 {} 个部门：已评分 {} 个，全部项目评分完毕 {} 个；加权总分 = Σ 得分 × 权重 ÷ 100",
                        a.rows.size(), scored, complete);
  return s;
}

void append_average(spreadsheet::XlsxSheet& sheet, const Assessment& a) {
  // The 序号 column comes first (ledger layout), then 部门, the items, 加权总分.
  std::vector<spreadsheet::XlsxCell> row{std::monostate{}, std::string("平均")};
  for (const auto& i : a.items) {
    int64_t sum = 0, n = 0;
    for (const auto& r : a.rows)
      if (auto it = r.scores.find(i.id); it != r.scores.end()) sum += it->second.score_tenths, ++n;
    if (n) row.emplace_back(std::round(static_cast<double>(sum) / n) / 10.0);
    else row.emplace_back(std::monostate{});
  }
  int64_t sum = 0, n = 0;
  for (const auto& r : a.rows)
    if (r.scored > 0) sum += r.total_thousandths, ++n;
  if (n) row.emplace_back(std::round(static_cast<double>(sum) / n / 10.0) / 100.0);
  else row.emplace_back(std::monostate{});
  row.emplace_back(std::monostate{});
  row.emplace_back(std::monostate{});
  row.emplace_back(std::monostate{});
  sheet.rows.push_back(std::move(row));
}

}  // namespace qf::duty
