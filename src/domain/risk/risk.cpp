#include "domain/risk/risk.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "core/calendar.h"
#include "domain/dictionary/dictionary.h"
#include "domain/org/data_scope.h"

namespace qf::risk {
namespace {

using store::Params;
using store::Row;

struct Cond {
  std::string sql;
  Params params;
  void add(const std::string& s) { sql += (sql.empty() ? "" : " AND ") + s; }
};

// The caller's scope over a department id column.
Cond scope_condition(const auth::Principal& who, const std::string& column) {
  Cond c;
  if (who.unit_wide) {
    c.sql = "1=1";
  } else if (who.department_ids.empty()) {
    c.sql = "1=0";
  } else {
    std::string in;
    for (int64_t d : who.department_ids) {
      in += in.empty() ? "?" : ",?";
      c.params.push_back(d);
    }
    c.sql = column + " IN (" + in + ")";
  }
  return c;
}

std::string placeholders(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

RiskPoint point_of(const Row& r) {
  RiskPoint p;
  p.id = r.i64("id");
  p.department_id = r.i64("department_id");
  p.department_name = r.text("department_name");
  p.position_id = r.opt_i64("position_id");
  p.position_name = r.text("position_name");
  p.category = r.text("category");
  p.description = r.text("description");
  p.likelihood = r.i64("likelihood");
  p.impact = r.i64("impact");
  p.level = static_cast<int>(r.i64("level"));
  p.status = r.text("status");
  p.return_reason = r.text("return_reason");
  p.last_reviewed_date = r.opt_text("last_reviewed_date");
  p.next_review_date = r.opt_text("next_review_date");
  p.revision = r.i64("revision");
  p.updated_at = r.i64("updated_at");
  return p;
}

Status load_measures(store::Connection& conn, std::vector<RiskPoint>& points) {
  if (points.empty()) return {};
  Params ids;
  std::map<int64_t, RiskPoint*> by_id;
  for (auto& p : points) {
    ids.push_back(p.id);
    by_id[p.id] = &p;
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "risk/measures_of"), "/*IDS*/", placeholders(ids.size())), ids));
  for (const auto& r : rows) {
    Measure m{r.text("measure"), r.opt_i64("owner_person_id"), r.text("owner_name")};
    by_id.at(r.i64("risk_point_id"))->measures.push_back(std::move(m));
  }
  return {};
}

Error invalid(const std::string& field, const std::string& zh, const std::string& en) {
  return Error::invalid("risk.invalid", zh, en, field);
}

Error point_not_found() { return Error::not_found("风险点", "Risk point"); }

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Checks a point's fields; fills owner names of measures owned by people.
Status check_input(store::Connection& conn, RiskInput& in) {
  in.description = trim(in.description);
  if (in.description.empty())
    return invalid("description", "请填写风险点描述", "The description of the risk point is required");
  if (in.description.size() > 2000)
    return invalid("description", "风险点描述不能超过 2000 字节", "The description must not exceed 2000 bytes");
  if (!is_category(in.category))
    return invalid("category", "风险类别不在字典 risk_category 中", "The category is not in dictionary risk_category");
  if (in.likelihood < 1 || in.likelihood > 5)
    return invalid("likelihood", "发生可能性应为 1–5 的整数", "Likelihood must be an integer from 1 to 5");
  if (in.impact < 1 || in.impact > 5)
    return invalid("impact", "影响程度应为 1–5 的整数", "Impact must be an integer from 1 to 5");
  if (in.position_id) {
    auto r = conn.query_one(store::sql(conn, "risk/position_check"), {*in.position_id, in.department_id});
    if (!r.ok()) {
      if (r.error().kind == ErrorKind::kNotFound)
        return invalid("position_id", "岗位不存在或不属于该部门", "The position does not exist in this department");
      return r.take_error();
    }
  }
  if (in.measures.empty())
    return invalid("measures", "请至少填写一条防控措施", "At least one control measure is required");
  for (size_t i = 0; i < in.measures.size(); ++i) {
    auto& m = in.measures[i];
    const std::string f = "measures[" + std::to_string(i) + "]";
    m.measure = trim(m.measure);
    m.owner_name = trim(m.owner_name);
    if (m.measure.empty())
      return invalid(f + ".measure", "第 " + std::to_string(i + 1) + " 条防控措施内容为空",
                     "Control measure " + std::to_string(i + 1) + " is empty");
    if (m.owner_person_id) {
      auto r = conn.query_one(store::sql(conn, "risk/person_check"), {*m.owner_person_id});
      if (!r.ok()) {
        if (r.error().kind == ErrorKind::kNotFound)
          return invalid(f + ".owner_person_id", "第 " + std::to_string(i + 1) + " 条防控措施的责任人不存在",
                         "The owner of control measure " + std::to_string(i + 1) + " does not exist");
        return r.take_error();
      }
      m.owner_name = r->text("name");
    }
    if (m.owner_name.empty())
      return invalid(f + ".owner_name", "第 " + std::to_string(i + 1) + " 条防控措施未填写责任人",
                     "Control measure " + std::to_string(i + 1) + " has no owner");
  }
  return {};
}

Status write_measures(store::Connection& conn, int64_t id, const std::vector<Measure>& measures) {
  QF_TRY(int64_t gone, conn.execute(store::sql(conn, "risk/measures_delete"), {id}));
  (void)gone;
  int sort = 0;
  for (const auto& m : measures) {
    QF_TRY(int64_t mid, conn.insert(store::sql(conn, "risk/measure_insert"),
                                    {id, m.measure, store::opt(m.owner_person_id), m.owner_name, sort += 10}));
    (void)mid;
  }
  return {};
}

Status add_review(store::Connection& conn, int64_t id, const std::string& action, const std::string& reason,
                  int level, const Actor& actor, int64_t now) {
  QF_TRY(int64_t rid, conn.insert(store::sql(conn, "risk/review_insert"),
                                  {id, action, reason, static_cast<int64_t>(level), actor.account_id, actor.name, now}));
  (void)rid;
  return {};
}

// A point by id, unscoped (callers check the scope).
Result<RiskPoint> load_point(store::Connection& conn, int64_t id) {
  Cond c;
  c.sql = "rp.id = ?";
  c.params.push_back(id);
  Params params = c.params;
  params.push_back(int64_t{1});
  params.push_back(int64_t{0});
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "risk/point_list"), "/*WHERE*/", c.sql), params));
  if (rows.empty()) return point_not_found();
  std::vector<RiskPoint> one{point_of(rows.front())};
  QF_TRY_STATUS(load_measures(conn, one));
  return one.front();
}

Status require_manager(store::Connection& conn, const auth::Principal& who, int64_t department_id) {
  QF_TRY(auto managed, managed_departments(conn, who));
  if (!managed.count(department_id)) return Error::forbidden();
  return {};
}

std::vector<std::string> split_items(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

NegativeList list_of(const Row& r) {
  NegativeList l;
  l.id = r.i64("id");
  l.department_id = r.i64("department_id");
  l.department_name = r.text("department_name");
  l.year = static_cast<int>(r.i64("year"));
  l.items = split_items(r.text("items"));
  l.revision = r.i64("revision");
  l.updated_at = r.i64("updated_at");
  l.acknowledged = r.i64("acknowledged");
  l.staff = r.i64("staff");
  return l;
}

Result<std::vector<NegativeList>> lists_where(store::Connection& conn, const auth::Principal& who, int year,
                                              const std::string& extra, const Params& extra_params) {
  Cond c = scope_condition(who, "l.department_id");
  if (!extra.empty()) c.add(extra);
  Params params{static_cast<int64_t>(year)};
  for (const auto& p : c.params) params.push_back(p);
  for (const auto& p : extra_params) params.push_back(p);
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "risk/nl_list"), "/*WHERE*/", c.sql), params));
  std::vector<NegativeList> out;
  for (const auto& r : rows) out.push_back(list_of(r));
  return out;
}

}  // namespace

const std::vector<Category>& categories() {
  static const std::vector<Category> kCategories{
      {"meeting", "会议管理", "Meeting management"},
      {"training", "教育培训", "Education and training"},
      {"reception", "公务接待", "Official reception"},
      {"personnel", "选人用人", "Personnel selection"},
      {"expenditure", "经费支出", "Expenditure"},
      {"procurement", "采购分包", "Procurement and subcontracting"},
      {"foreign_affairs", "外事管理", "Foreign affairs"},
      {"appraisal", "鉴定评审", "Appraisal and review"},
  };
  return kCategories;
}

bool is_category(const std::string& code) {
  for (const auto& c : categories())
    if (code == c.code) return true;
  return false;
}

bool can_see_department(const auth::Principal& who, int64_t department_id) {
  return who.unit_wide || who.department_ids.count(department_id) > 0;
}

Result<std::set<int64_t>> managed_departments(store::Connection& conn, const auth::Principal& who) {
  std::set<int64_t> out;
  for (const auto& g : who.grants) {
    if (g.role != auth::Role::kDeptHead || g.scope != auth::ScopeKind::kDepartment || !g.scope_ref) continue;
    QF_TRY(auto rows, conn.query(store::sql(conn, "auth/department_subtree"), {*g.scope_ref}));
    for (const auto& r : rows) out.insert(r.i64(0));
  }
  return out;
}

Result<std::pair<std::vector<RiskPoint>, int64_t>> list_points(store::Connection& conn, const auth::Principal& who,
                                                                const PointQuery& q) {
  Cond c = scope_condition(who, "rp.department_id");
  if (q.department_id) {
    c.add("rp.department_id = ?");
    c.params.push_back(*q.department_id);
  }
  if (!q.category.empty()) {
    c.add("rp.category = ?");
    c.params.push_back(q.category);
  }
  if (q.level) {
    c.add("rp.level = ?");
    c.params.push_back(static_cast<int64_t>(*q.level));
  }
  if (!q.status.empty()) {
    c.add("rp.status = ?");
    c.params.push_back(q.status);
  }
  QF_TRY(Row count, conn.query_one(org::splice(store::sql(conn, "risk/point_count"), "/*WHERE*/", c.sql), c.params));
  Params params = c.params;
  params.push_back(q.limit);
  params.push_back(q.offset);
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "risk/point_list"), "/*WHERE*/", c.sql), params));
  std::vector<RiskPoint> out;
  for (const auto& r : rows) out.push_back(point_of(r));
  QF_TRY_STATUS(load_measures(conn, out));
  return std::make_pair(std::move(out), count.i64("n"));
}

Result<RiskPoint> get_point(store::Connection& conn, const auth::Principal& who, int64_t id) {
  QF_TRY(RiskPoint p, load_point(conn, id));
  if (!can_see_department(who, p.department_id)) return point_not_found();
  return p;
}

Result<std::vector<Review>> reviews_of(store::Connection& conn, int64_t point_id) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "risk/reviews_of"), {point_id}));
  std::vector<Review> out;
  for (const auto& r : rows)
    out.push_back(Review{r.i64("id"), r.text("action"), r.text("reason"), static_cast<int>(r.i64("level")),
                         r.text("actor_name"), r.i64("created_at")});
  return out;
}

Result<RiskPoint> create_point(store::Connection& conn, const auth::Principal& who, const Actor& actor,
                               const RiskInput& input, const RiskConfig& cfg, int64_t now) {
  RiskInput in = input;
  if (in.department_id <= 0) return invalid("department_id", "请选择部门", "The department is required");
  if (!can_see_department(who, in.department_id))
    return invalid("department_id", "部门不存在", "The department does not exist");
  auto dept = conn.query_one(store::sql(conn, "risk/department_check"), {in.department_id});
  if (!dept.ok()) {
    if (dept.error().kind == ErrorKind::kNotFound)
      return invalid("department_id", "部门不存在", "The department does not exist");
    return dept.take_error();
  }
  QF_TRY_STATUS(require_manager(conn, who, in.department_id));
  QF_TRY_STATUS(check_input(conn, in));
  const int level = cfg.level_of(in.likelihood, in.impact);
  QF_TRY(int64_t id, conn.insert(store::sql(conn, "risk/point_insert"),
                                 {in.department_id, store::opt(in.position_id), in.category, in.description,
                                  in.likelihood, in.impact, static_cast<int64_t>(level), now, now, actor.account_id}));
  QF_TRY_STATUS(write_measures(conn, id, in.measures));
  QF_TRY_STATUS(add_review(conn, id, "submit", "", level, actor, now));
  return load_point(conn, id);
}

Result<RiskPoint> update_point(store::Connection& conn, const auth::Principal& who, const Actor& actor, int64_t id,
                               const RiskInput& input, const RiskConfig& cfg, int64_t now) {
  QF_TRY(RiskPoint before, get_point(conn, who, id));
  QF_TRY_STATUS(require_manager(conn, who, before.department_id));
  RiskInput in = input;
  in.department_id = before.department_id;  // a point stays with its department
  QF_TRY_STATUS(check_input(conn, in));
  const int level = cfg.level_of(in.likelihood, in.impact);
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/point_update"),
                                 {store::opt(in.position_id), in.category, in.description, in.likelihood, in.impact,
                                  static_cast<int64_t>(level), now, actor.account_id, id}));
  (void)n;
  QF_TRY_STATUS(write_measures(conn, id, in.measures));
  QF_TRY_STATUS(add_review(conn, id, "submit", "", level, actor, now));
  return load_point(conn, id);
}

Result<RiskPoint> approve_point(store::Connection& conn, const auth::Principal& who, const Actor& actor, int64_t id,
                                const RiskConfig& cfg, const std::string& today, int64_t now) {
  QF_TRY(RiskPoint p, get_point(conn, who, id));
  if (p.status != "submitted")
    return Error::make(ErrorKind::kConflict, "risk.not_submitted", "该风险点不在待审核状态",
                       "The risk point is not waiting for review", "status");
  QF_TRY(Date d, Date::parse(today));
  const std::string next = d.add_days(cfg.review_days(p.level)).to_string();
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/point_approve"), {today, next, id}));
  (void)n;
  QF_TRY_STATUS(add_review(conn, id, "approve", "", p.level, actor, now));
  return load_point(conn, id);
}

Result<RiskPoint> return_point(store::Connection& conn, const auth::Principal& who, const Actor& actor, int64_t id,
                               const std::string& reason_in, int64_t now) {
  const std::string reason = trim(reason_in);
  QF_TRY(RiskPoint p, get_point(conn, who, id));
  if (reason.empty()) return invalid("reason", "退回须填写理由", "A reason is required to return a risk point");
  if (reason.size() > 1000) return invalid("reason", "退回理由不能超过 1000 字节", "The reason must not exceed 1000 bytes");
  if (p.status != "submitted")
    return Error::make(ErrorKind::kConflict, "risk.not_submitted", "该风险点不在待审核状态",
                       "The risk point is not waiting for review", "status");
  QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/point_return"), {reason, id}));
  (void)n;
  QF_TRY_STATUS(add_review(conn, id, "return", reason, p.level, actor, now));
  return load_point(conn, id);
}

spreadsheet::XlsxSheet points_sheet(const std::vector<RiskPoint>& points) {
  spreadsheet::XlsxSheet s;
  s.name = "风险点";
  s.columns = {{"序号", 6},     {"部门", 16},   {"岗位", 16},     {"风险类别", 12}, {"风险点描述", 40},
               {"可能性", 8},   {"影响程度", 8}, {"风险等级", 10}, {"防控措施", 48},  {"责任人", 16},
               {"状态", 10},    {"上次审核", 12}, {"下次复核", 12}, {"编号", 8}};
  int64_t n = 0;
  for (const auto& p : points) {
    std::string measures, owners;
    for (size_t i = 0; i < p.measures.size(); ++i) {
      measures += (i ? "\n" : "") + std::to_string(i + 1) + ". " + p.measures[i].measure;
      owners += (i ? "\n" : "") + p.measures[i].owner_name;
    }
    s.rows.push_back({++n, p.department_name, p.position_name, dictionary::label_zh(kCategoryDictionary, p.category),
                      p.description, p.likelihood, p.impact,
                      dictionary::label_zh("risk_level", std::to_string(p.level)), measures, owners,
                      dictionary::label_zh("risk_status", p.status), p.last_reviewed_date.value_or(""),
                      p.next_review_date.value_or(""), p.id});
  }
  return s;
}

Result<std::vector<HeatCell>> heatmap(store::Connection& conn, const auth::Principal& who, std::optional<int> level) {
  Cond c = scope_condition(who, "rp.department_id");
  if (level) {
    c.add("rp.level = ?");
    c.params.push_back(static_cast<int64_t>(*level));
  }
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "risk/heatmap"), "/*WHERE*/", c.sql), c.params));
  std::vector<HeatCell> out;
  for (const auto& r : rows)
    out.push_back(HeatCell{r.i64("department_id"), r.text("department_name"), r.text("category"),
                           static_cast<int>(r.i64("level")), r.i64("n")});
  return out;
}

Result<std::vector<NegativeList>> list_negative_lists(store::Connection& conn, const auth::Principal& who, int year) {
  return lists_where(conn, who, year, "", {});
}

Result<NegativeList> get_negative_list(store::Connection& conn, const auth::Principal& who, int64_t id) {
  auto y = conn.query_one(store::sql(conn, "risk/nl_year_of"), {id});
  if (!y.ok()) {
    if (y.error().kind == ErrorKind::kNotFound) return Error::not_found("负面清单", "Negative list");
    return y.take_error();
  }
  QF_TRY(auto lists, lists_where(conn, who, static_cast<int>(y->i64("year")), "l.id = ?", {id}));
  if (lists.empty()) return Error::not_found("负面清单", "Negative list");
  return lists.front();
}

Result<NegativeList> save_negative_list(store::Connection& conn, const auth::Principal& who, int64_t department_id,
                                        int year, const std::vector<std::string>& items_in, const Actor& actor,
                                        int64_t now) {
  if (department_id <= 0 || !can_see_department(who, department_id))
    return invalid("department_id", "部门不存在", "The department does not exist");
  if (year < 2000 || year > 2100) return invalid("year", "年度应为 2000–2100", "The year must be from 2000 to 2100");
  std::vector<std::string> items;
  for (size_t i = 0; i < items_in.size(); ++i) {
    std::string s = trim(items_in[i]);
    if (s.find('\n') != std::string::npos)
      return invalid("items[" + std::to_string(i) + "]", "每条负面清单事项应为一行", "Each item must be one line");
    if (!s.empty()) items.push_back(s);
  }
  if (items.empty()) return invalid("items", "负面清单至少应有一条事项", "A negative list needs at least one item");
  auto dept = conn.query_one(store::sql(conn, "risk/department_check"), {department_id});
  if (!dept.ok()) {
    if (dept.error().kind == ErrorKind::kNotFound)
      return invalid("department_id", "部门不存在", "The department does not exist");
    return dept.take_error();
  }
  QF_TRY_STATUS(require_manager(conn, who, department_id));
  std::string text;
  for (const auto& s : items) text += (text.empty() ? "" : "\n") + s;
  QF_TRY(auto found, conn.query(store::sql(conn, "risk/nl_find"), {department_id, static_cast<int64_t>(year)}));
  int64_t id = 0;
  if (found.empty()) {
    QF_TRY(id, conn.insert(store::sql(conn, "risk/nl_insert"),
                           {department_id, static_cast<int64_t>(year), text, now, now, actor.account_id}));
  } else {
    id = found.front().i64("id");
    QF_TRY(int64_t n, conn.execute(store::sql(conn, "risk/nl_update"), {text, now, actor.account_id, id}));
    (void)n;
  }
  return get_negative_list(conn, who, id);
}

Result<std::vector<CoverageRow>> coverage(store::Connection& conn, const auth::Principal& who, int year) {
  Cond c = scope_condition(who, "d.id");
  Params params{static_cast<int64_t>(year)};
  for (const auto& p : c.params) params.push_back(p);
  QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "risk/coverage"), "/*WHERE*/", c.sql), params));
  std::vector<CoverageRow> out;
  for (const auto& r : rows)
    out.push_back(CoverageRow{r.i64("department_id"), r.text("department_name"), r.opt_i64("list_id"),
                              static_cast<int64_t>(split_items(r.text("items")).size())});
  return out;
}

Result<Mine> mine(store::Connection& conn, const auth::Principal& who, int year) {
  Mine m;
  if (!who.person_id) return m;
  auto placed = conn.query_one(store::sql(conn, "risk/person_placement"), {*who.person_id});
  if (!placed.ok()) {
    if (placed.error().kind == ErrorKind::kNotFound) return m;
    return placed.take_error();
  }
  const auto dept = placed->opt_i64("department_id");
  const auto pos = placed->opt_i64("position_id");
  // The person's own department and position, whatever the role's data scope.
  auth::Principal own;
  if (dept) own.department_ids.insert(*dept);
  if (dept) {
    QF_TRY(auto lists, lists_where(conn, own, year, "l.department_id = ?", {*dept}));
    if (!lists.empty()) m.negative_list = lists.front();
  }
  if (pos) {
    Cond c;
    c.sql = "rp.position_id = ?";
    c.params.push_back(*pos);
    Params params = c.params;
    params.push_back(int64_t{200});
    params.push_back(int64_t{0});
    QF_TRY(auto rows, conn.query(org::splice(store::sql(conn, "risk/point_list"), "/*WHERE*/", c.sql), params));
    for (const auto& r : rows) m.risk_points.push_back(point_of(r));
    QF_TRY_STATUS(load_measures(conn, m.risk_points));
  }
  auto acked = [&](const std::string& type, int64_t id, int64_t revision) -> Result<bool> {
    QF_TRY(auto rows, conn.query(store::sql(conn, "risk/ack_find"), {*who.person_id, type, id, revision}));
    return !rows.empty();
  };
  if (m.negative_list) {
    QF_TRY(bool a, acked("negative_list", m.negative_list->id, m.negative_list->revision));
    m.items.push_back(MineItem{"negative_list", m.negative_list->id, m.negative_list->revision, a});
  }
  for (const auto& p : m.risk_points) {
    QF_TRY(bool a, acked("risk_point", p.id, p.revision));
    m.items.push_back(MineItem{"risk_point", p.id, p.revision, a});
  }
  return m;
}

Result<MineItem> acknowledge(store::Connection& conn, const auth::Principal& who, const std::string& object_type,
                             int64_t object_id, int year, int64_t now) {
  QF_TRY(Mine m, mine(conn, who, year));
  for (auto& item : m.items) {
    if (item.object_type != object_type || item.object_id != object_id) continue;
    if (!item.acknowledged) {
      QF_TRY(int64_t id, conn.insert(store::sql(conn, "risk/ack_insert"),
                                     {*who.person_id, object_type, object_id, item.revision, now}));
      (void)id;
      item.acknowledged = true;
    }
    return item;
  }
  return Error::not_found("待确认事项", "Item to acknowledge");
}

Result<std::vector<messages::Reminder>> review_reminders(store::Connection& conn, const RiskConfig& cfg,
                                                         const std::string& today) {
  QF_TRY(Date t, Date::parse(today));
  const std::string horizon = t.add_days(cfg.review_due_soon_days).to_string();
  QF_TRY(auto rows, conn.query(store::sql(conn, "risk/review_due"), {horizon}));
  std::vector<messages::Reminder> out;
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    const std::string due = r.text("next_review_date");
    const bool overdue = due < today;
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = overdue ? messages::MessageKind::kOverdue : messages::MessageKind::kDueSoon;
    m.event_key = std::string(kReviewFeed) + ":" + std::to_string(id) + ":" + due + (overdue ? ":overdue" : "");
    m.title_zh = r.text("department_name") + "风险点（编号 " + std::to_string(id) + "）应于 " + due + " 前复核" +
                 (overdue ? "，已逾期" : "");
    m.title_en = "Risk point no. " + std::to_string(id) + " of " + r.text("department_name") +
                 " is due for review on " + due + (overdue ? " (overdue)" : "");
    m.link = "/risk/points/" + std::to_string(id);
    m.object_type = "risk_point";
    m.object_id = std::to_string(id);
    m.due_date = due;
    out.push_back(std::move(m));
  }
  return out;
}

Result<std::vector<messages::Reminder>> submitted_reminders(store::Connection& conn) {
  QF_TRY(auto rows, conn.query(store::sql(conn, "risk/submitted")));
  std::vector<messages::Reminder> out;
  for (const auto& r : rows) {
    const int64_t id = r.i64("id");
    messages::Reminder m;
    m.account_id = r.i64("account_id");
    m.kind = messages::MessageKind::kTodo;
    m.event_key = std::string(kSubmittedFeed) + ":" + std::to_string(id) + ":" + std::to_string(r.i64("revision"));
    m.title_zh = r.text("department_name") + "风险点（编号 " + std::to_string(id) + "）待审核";
    m.title_en = "Risk point no. " + std::to_string(id) + " of " + r.text("department_name") + " awaits review";
    m.link = "/risk/points/" + std::to_string(id);
    m.object_type = "risk_point";
    m.object_id = std::to_string(id);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace qf::risk
