// The figures of the modules built before this one (clues, talks, reports, duty, risk,
// declarations, inspections) and the education figures the report expects: see
// figures.h. Clue and talk figures reuse the supervision statistics
// (domain/supervision_stats) — the same counts the statistics page shows — and are
// aggregates only (no drill-down: no clue or talk leaves its module).
#include <fmt/format.h>

#include <atomic>

#include "domain/annual/figure_kit.h"
#include "core/calendar.h"
#include "domain/auth/data_scope.h"
#include "domain/education/education.h"
#include "domain/clues/clue_enums.h"
#include "domain/supervision_stats/stats_store.h"
#include "domain/supervision_stats/supervision_stats.h"
#include "domain/talks/talk_kind.h"

namespace qf::annual {
namespace {

namespace ss = supervision_stats;

using kit::by_month;
using kit::cached;
using kit::dept_name;
using kit::figure;
using kit::in_month;

// ---- supervision statistics (clues, four forms, talks) --------------------------
struct StatsCache {
  std::optional<ss::StatsFacts> facts;
  std::map<int, ss::SupervisionStats> by_year;
  std::map<int, ss::SupervisionStats> months_of_year;  // Period::kMonth tables
  std::map<int, ss::SupervisionStats> by_month;        // year * 100 + month: one month's slice
};

bool talk_in_filter(const std::vector<std::optional<int64_t>>& departments, const std::set<int64_t>& filter) {
  if (filter.empty()) return true;
  for (const auto& d : departments)
    if (d && filter.count(*d)) return true;
  return false;
}

// One month of the year's monthly tables, shaped like a year's table (totals = that
// month's slot), so the same picks serve both. Talk participants per month are counted
// from the facts (the tables keep people per year only), with the same department rule.
ss::SupervisionStats month_slice(const ss::SupervisionStats& m, int year, int month, const ss::StatsFacts& facts,
                                 const std::set<int64_t>& filter) {
  ss::SupervisionStats s = m;
  const size_t i = static_cast<size_t>(month - 1);
  s.clues_received = 0;
  s.previous_clues_received = 0;
  for (auto& r : s.rows) {
    r.total = r.values.size() > i ? r.values[i] : 0;
    r.previous_total = 0;
    if (r.key == "source") s.clues_received += r.total;  // the source rows count every received clue once
  }
  for (auto& r : s.talks) {
    r.total = r.values.size() > i ? r.values[i] : 0;
    r.people = 0;
    r.previous_total = r.previous_people = 0;
  }
  for (const auto& t : facts.talks) {
    if (t.talk_date.year() != year || static_cast<int>(t.talk_date.month()) != month) continue;
    if (!talk_in_filter(t.departments, filter)) continue;
    for (auto& r : s.talks)
      if (r.code == talks::code_of(t.kind)) r.people += t.participants;
  }
  return s;
}

Result<const ss::SupervisionStats*> stats(FigureContext& ctx, int year) {
  auto& c = cached<StatsCache>(ctx, "stats");
  if (!c.facts) {
    QF_TRY(auto f, ss::load_stats_facts(ctx.conn, ctx.clue_config, ctx.today));
    c.facts = std::move(f);
  }
  if (ctx.month) {
    const int key = year * 100 + *ctx.month;
    auto sl = c.by_month.find(key);
    if (sl == c.by_month.end()) {
      auto mt = c.months_of_year.find(year);
      if (mt == c.months_of_year.end())
        mt = c.months_of_year.emplace(year, ss::compute_stats(*c.facts, year, ss::Period::kMonth, ctx.departments,
                                                              ctx.department_id)).first;
      sl = c.by_month.emplace(key, month_slice(mt->second, year, *ctx.month, *c.facts, ctx.departments)).first;
    }
    return &sl->second;
  }
  auto it = c.by_year.find(year);
  if (it == c.by_year.end())
    it = c.by_year.emplace(year, ss::compute_stats(*c.facts, year, ss::Period::kYear, ctx.departments,
                                                   ctx.department_id)).first;
  return &it->second;
}
int64_t row_total(const ss::SupervisionStats& s, const std::string& key, const std::string& code) {
  for (const auto& r : s.rows)
    if (r.key == key && (code.empty() || r.code == code)) return r.total;
  return 0;
}
int64_t rows_sum(const ss::SupervisionStats& s, const std::string& key) {
  int64_t n = 0;
  for (const auto& r : s.rows)
    if (r.key == key) n += r.total;
  return n;
}

FigureDef supervision(std::string code, std::string zh, std::string en, std::string def_zh, std::string def_en,
                      std::string unit_zh, std::string unit_en,
                      std::function<int64_t(const ss::SupervisionStats&)> pick) {
  FigureDef d = figure(std::move(code), "supervision", "supervision_stats", std::move(zh), std::move(en),
                       std::move(def_zh), std::move(def_en), std::move(unit_zh), std::move(unit_en));
  d.permission = "clue.stats";
  // Bucketed by month by the date its definition names.
  const std::string& c = d.code;
  if (c == "clues.received")
    d = by_month(std::move(d), "按收到日期所在月", "by the month received");
  else if (c.rfind("clues.", 0) == 0)
    d = by_month(std::move(d), "按处置意见批准日期所在月", "by the month the disposition was approved");
  else if (c.rfind("talks.", 0) == 0)
    d = by_month(std::move(d), "按谈话日期所在月", "by the month of the talk");
  else
    d = by_month(std::move(d), "按处理措施决定日期所在月", "by the month the measure was decided");
  d.compute = [pick](FigureContext& ctx, int year) -> Result<FigureValue> {
    QF_TRY(const ss::SupervisionStats* s, stats(ctx, year));
    return FigureValue::of(pick(*s));
  };
  return d;
}

void register_supervision() {
  register_figure(supervision(
      "clues.received", "收到问题线索", "Problem clues received",
      "本年收到并登记的问题线索数（按收到日期；拆分、合并后的原线索不重复计）。来源：问题线索台账。",
      "Clues received in the year (by received date; clues superseded by a split or merge are not counted twice). "
      "From the clue register.",
      "个", "clues", [](const ss::SupervisionStats& s) { return s.clues_received; }));
  register_figure(supervision(
      "clues.disposed", "处置问题线索", "Problem clues disposed of",
      "本年处置意见经审批生效的问题线索数（按处置意见批准日期），含谈话函询、初步核实、暂存待查、予以了结。",
      "Clues whose disposition was approved in the year (by approval date): talk or inquiry, preliminary "
      "verification, hold, close.",
      "个", "clues", [](const ss::SupervisionStats& s) { return rows_sum(s, "disposition"); }));
  for (const auto& d : clues::enum_labels<clues::Disposition>()) {
    std::string code(d.code);
    register_figure(supervision(
        "clues.disposition." + code, fmt::format("以“{}”方式处置的线索", d.zh), fmt::format("Clues disposed of by {}", d.en),
        fmt::format("本年处置意见（{}）经审批生效的问题线索数，按批准日期。", d.zh),
        fmt::format("Clues whose disposition \"{}\" was approved in the year, by approval date.", d.en), "个", "clues",
        [code](const ss::SupervisionStats& s) { return row_total(s, "disposition", code); }));
  }
  for (const auto& f : clues::enum_labels<clues::DisciplineForm>()) {
    std::string code(f.code);
    register_figure(supervision(
        "forms." + code, fmt::format("运用{}", f.zh), fmt::format("The {}", f.en),
        fmt::format("本年决定并经审批的{}处理措施人次（一人一项措施计一次），按决定日期。来源：线索处理结果。", f.zh),
        fmt::format("Approved measures under the {} decided in the year (one per person and measure), by decision date.",
                    f.en),
        "人次", "person-times", [code](const ss::SupervisionStats& s) { return row_total(s, "form", code); }));
  }
  register_figure(supervision(
      "measures.admonishment", "诫勉", "Admonishments",
      "本年决定并经审批的“诫勉”处理措施人次，按决定日期。来源：线索处理结果。",
      "Approved admonishment measures decided in the year, by decision date.", "人次", "person-times",
      [](const ss::SupervisionStats& s) { return row_total(s, "measure", "admonishment"); }));
  register_figure(supervision(
      "talks.total", "开展廉政谈话", "Integrity talks held",
      "本年举行的廉政谈话次数（按谈话日期，不含已归档），各类谈话合计。来源：廉政谈话记录。",
      "Integrity talks held in the year (by talk date, archived ones excluded), all kinds.", "次", "talks",
      [](const ss::SupervisionStats& s) {
        int64_t n = 0;
        for (const auto& r : s.talks) n += r.total;
        return n;
      }));
  register_figure(supervision(
      "talks.people", "廉政谈话人次", "People talked to",
      "本年廉政谈话的谈话对象人次（按谈话日期，不含已归档），各类谈话合计。",
      "Participants of the integrity talks held in the year (person-times), all kinds.", "人次", "person-times",
      [](const ss::SupervisionStats& s) {
        int64_t n = 0;
        for (const auto& r : s.talks) n += r.people;
        return n;
      }));
  for (const auto& k : talks::talk_kinds()) {
    std::string code(k.code);
    register_figure(supervision(
        "talks." + code, std::string(k.zh), fmt::format("{} (people)", k.en),
        fmt::format("本年{}的谈话对象人次，按谈话日期（不含已归档）。来源：廉政谈话记录。", k.zh),
        fmt::format("Participants of {} talks held in the year (person-times), by talk date.", k.en), "人次",
        "person-times", [code](const ss::SupervisionStats& s) {
          for (const auto& r : s.talks)
            if (r.code == code) return r.people;
          return int64_t{0};
        }));
  }
}

// ---- petitions and reports -------------------------------------------------------
void register_reports() {
  FigureDef d = figure("reports.received", "report", "reports", "受理信访举报", "Petitions and reports received",
                       "本年收到的信访举报件数（按收到日期，含网上、来信、来访、电话）。举报内容加密保存，只计件数。",
                       "Petitions and reports received in the year (by received date, every channel). Counts only.",
                       "件", "reports");
  d.permission = "report.stats";
  d.compute = [](FigureContext& ctx, int year) -> Result<FigureValue> {
    if (!ctx.departments.empty())
      return FigureValue::none("按部门不适用（举报内容加密，不按部门统计）",
                               "Not by department (reports are sealed and carry no department)");
    std::string from = fmt::format("{}-01-01", year), to = fmt::format("{}-12-31", year);
    if (ctx.month) {
      from = fmt::format("{:04d}-{:02d}-01", year, *ctx.month);
      to = fmt::format("{:04d}-{:02d}-31", year, *ctx.month);  // text comparison: every day of the month is <= -31
    }
    QF_TRY(auto row, ctx.conn.query_one(store::sql(ctx.conn, "annual/reports_received"), {from, to}));
    return FigureValue::of(row.i64("n"));
  };
  register_figure(by_month(std::move(d), "按收到日期所在月", "by the month received"));
}

// ---- duty ------------------------------------------------------------------------
std::string duty_status_zh(const std::string& s) {
  if (s == "done") return "已完成";
  if (s == "in_progress") return "进行中";
  return "未开始";
}

FigureDef duty(std::string code, std::string zh, std::string en, std::string def_zh, std::string def_en,
               bool done_only) {
  FigureDef d = figure(std::move(code), "duty", "duty", std::move(zh), std::move(en), std::move(def_zh),
                       std::move(def_en), "项", "tasks");
  d.drill_permission = "duty.read";
  d.compute = [done_only](FigureContext& ctx, int year) -> Result<FigureValue> {
    QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/duty_tasks"), {int64_t{year}}));
    FigureValue v = FigureValue::of(0);
    for (const auto& r : rows) {
      std::optional<int64_t> dept = r.i64("owner_department_id");
      if (!ctx.in_scope(dept)) continue;
      if (done_only && r.text("status") != "done") continue;
      if (!in_month(ctx, year, done_only ? r.text("done_date") : r.text("deadline_date"))) continue;
      ++*v.count;
      if (ctx.want_rows) {
        QF_TRY(std::string name, dept_name(ctx, dept));
        v.rows.push_back({r.text("point_title"), r.text("title"), name,
                          done_only ? r.text("done_date") : r.text("deadline_date"), duty_status_zh(r.text("status"))});
      }
    }
    return v;
  };
  return d;
}

void register_duty() {
  FigureDef points = figure("duty.work_points", "duty", "duty", "年度工作要点", "Work points of the year",
                            "本年部署的党风廉政建设工作要点条数（不含已归档）。来源：两个责任—工作要点。",
                            "Work points planned for the year (archived ones excluded).", "条", "points");
  points.drill_permission = "duty.read";
  points.compute = [](FigureContext& ctx, int year) -> Result<FigureValue> {
    if (!ctx.departments.empty())
      return FigureValue::none("按部门不适用（工作要点属全局）", "Not by department (work points are bureau-wide)");
    QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/work_points"), {int64_t{year}}));
    FigureValue v = FigureValue::of(static_cast<int64_t>(rows.size()));
    if (ctx.want_rows)
      for (const auto& r : rows) v.rows.push_back({std::to_string(r.i64("id")), r.text("title"), "", "", ""});
    return v;
  };
  register_figure(std::move(points));
  register_figure(by_month(duty("duty.tasks", "分解任务", "Tasks assigned",
                                "本年工作要点分解到部门的任务数（不含已归档），按牵头部门计。来源：两个责任—任务分解。",
                                "Tasks of the year's work points (archived ones excluded), by owner department.", false),
                           "按完成时限所在月", "by the month of the deadline"));
  register_figure(by_month(duty("duty.tasks_done", "已完成任务", "Tasks done",
                                "本年工作要点分解任务中状态为“已完成”的任务数，按牵头部门计。",
                                "Tasks of the year's work points that are done, by owner department.", true),
                           "按完成日期所在月", "by the month done"));
}

// ---- risk ------------------------------------------------------------------------
int64_t year_end_ms(int year) {
  auto d = Date::from_ymd(year + 1, 1, 1);
  return business_day_start_ms(d ? *d : Date());
}
std::string risk_status_zh(const std::string& s) {
  if (s == "approved") return "已审核";
  if (s == "returned") return "已退回";
  return "待审核";
}
FigureDef risk(std::string code, std::string zh, std::string en, std::string def_zh, std::string def_en,
               bool high_only) {
  FigureDef d = figure(std::move(code), "risk", "risk", std::move(zh), std::move(en), std::move(def_zh),
                       std::move(def_en), "个", "risk points");
  d.drill_permission = "risk.read";
  d.compute = [high_only](FigureContext& ctx, int year) -> Result<FigureValue> {
    QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/risk_points"), {year_end_ms(year)}));
    FigureValue v = FigureValue::of(0);
    for (const auto& r : rows) {
      std::optional<int64_t> dept = r.i64("department_id");
      if (!ctx.in_scope(dept)) continue;
      if (high_only && r.i64("level") != 1) continue;
      ++*v.count;
      if (ctx.want_rows) {
        QF_TRY(std::string name, dept_name(ctx, dept));
        v.rows.push_back({std::to_string(r.i64("id")), r.text("description"), name,
                          fmt::format("{}级", r.i64("level") == 1 ? "一" : r.i64("level") == 2 ? "二" : "三"),
                          risk_status_zh(r.text("status"))});
      }
    }
    return v;
  };
  return d;
}
void register_risk() {
  register_figure(risk("risk.points", "排查廉政风险点", "Integrity-risk points",
                       "截至本年末各部门登记的廉政风险点数（按登记时间，含待审核）。来源：廉政风险防控—风险点。",
                       "Risk points registered by the end of the year (by registration time, pending ones included).",
                       false));
  register_figure(risk("risk.points_high", "一级（高）风险点", "Level-1 (high) risk points",
                       "截至本年末登记的风险点中等级为一级（高）的个数。",
                       "Of those, the risk points of level 1 (high).", true));
}

// ---- declarations ------------------------------------------------------------------
void register_declarations() {
  FigureDef d = figure(
      "declarations.submitted", "declaration", "declarations", "领导干部报告个人有关事项",
      "Personal-matters reports submitted",
      "报告年度为本年、已提交的领导干部个人有关事项报告份数（年度报告与变化报告），按报告人所在部门计。只计份数。",
      "Personal-matters reports of the year that were submitted (annual and change), by the cadre's "
      "department. Counts only.",
      "份", "reports");
  d.permission = "declaration.read";
  d.compute = [](FigureContext& ctx, int year) -> Result<FigureValue> {
    QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/declarations"), {int64_t{year}}));
    int64_t n = 0;
    for (const auto& r : rows)
      if (ctx.in_scope(r.opt_i64("department_id"))) ++n;
    return FigureValue::of(n);
  };
  register_figure(std::move(d));
}

// ---- inspections -------------------------------------------------------------------
std::string rect_state_zh(const std::string& s) {
  if (s == "closed") return "已销号";
  if (s == "reported") return "待纪委核查";
  return "整改中";
}
void register_inspections() {
  FigureDef checks =
      figure("inspections.checks", "inspection", "inspections", "开展专项检查", "Special checks",
             "本年组织的专项监督检查次数（按检查编号年度，不含已归档）；选部门时计检查范围含该部门的检查。",
             "Special checks of the year (by number year, archived excluded); with a department, the "
             "checks covering it.",
             "次", "checks");
  checks.drill_permission = "inspection.read";
  checks.compute = [](FigureContext& ctx, int year) -> Result<FigureValue> {
    QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/checks"), {int64_t{year}}));
    QF_TRY(auto depts, ctx.conn.query(store::sql(ctx.conn, "annual/check_departments"), {int64_t{year}}));
    std::set<int64_t> covering;
    for (const auto& r : depts)
      if (ctx.in_scope(r.i64("department_id"))) covering.insert(r.i64("check_id"));
    FigureValue v = FigureValue::of(0);
    for (const auto& r : rows) {
      if (!ctx.departments.empty() && !covering.count(r.i64("id"))) continue;
      if (!in_month(ctx, year, r.text("start_date"))) continue;
      ++*v.count;
      if (ctx.want_rows)
        v.rows.push_back({r.text("number"), r.text("title"), "", r.text("start_date") + " 至 " + r.text("end_date"), ""});
    }
    return v;
  };
  register_figure(by_month(std::move(checks), "按检查开始日期所在月", "by the month the check started"));
  // closed_only: the items closed; eight_rules: only the findings of the checks of kind
  // eight_rules (违反中央八项规定精神问题专项治理).
  auto items = [](std::string code, std::string zh, std::string en, std::string def_zh, std::string def_en,
                  bool closed_only, bool eight_rules = false) {
    FigureDef d = figure(std::move(code), "inspection", "inspections", std::move(zh), std::move(en), std::move(def_zh),
                         std::move(def_en), "个", "items");
    d.drill_permission = "inspection.read";
    d.compute = [closed_only, eight_rules](FigureContext& ctx, int year) -> Result<FigureValue> {
      QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/rectification_items"), {int64_t{year}}));
      FigureValue v = FigureValue::of(0);
      for (const auto& r : rows) {
        std::optional<int64_t> dept = r.i64("owner_department_id");
        if (!ctx.in_scope(dept)) continue;
        if (eight_rules && r.text("check_kind") != "eight_rules") continue;
        if (closed_only && r.text("state") != "closed") continue;
        if (!in_month(ctx, year, closed_only ? r.text("closed_on") : r.text("deadline"))) continue;
        ++*v.count;
        if (ctx.want_rows) {
          QF_TRY(std::string name, dept_name(ctx, dept));
          v.rows.push_back({fmt::format("{}-{}", r.text("number"), r.i64("seq")), r.text("finding"), name,
                            closed_only ? r.text("closed_on") : r.text("deadline"), rect_state_zh(r.text("state"))});
        }
      }
      return v;
    };
    return d;
  };
  register_figure(by_month(items("inspections.items", "发现问题（整改事项）", "Findings (rectification items)",
                        "本年专项检查发现并登记的整改事项数，按整改责任部门计。来源：整改台账。",
                        "Rectification items recorded by the year's checks, by owner department.", false),
                           "按整改时限所在月", "by the month of the deadline"));
  register_figure(by_month(items("inspections.items_closed", "已整改销号", "Items closed",
                                 "本年专项检查整改事项中已核查销号的个数，按整改责任部门计。",
                                 "Of those, the items verified and closed.", true),
                           "按销号日期所在月", "by the month closed"));
  register_figure(by_month(
      items("inspections.eight_rules_findings", "违反中央八项规定精神问题专项治理发现问题",
            "Findings of the eight-point rules campaign",
            "本年类别为“违反中央八项规定精神问题专项治理”的专项检查（按检查编号年度，不含已归档）发现并登记的整改事项数，"
            "按整改责任部门计。来源：监督检查与整改—整改台账。",
            "Rectification items recorded by the year's checks of kind \"campaign on breaches of the eight-point "
            "rules\" (by number year, archived excluded), by owner department. From the rectification ledger.",
            false, true),
      "按整改时限所在月", "by the month of the deadline"));
}

}  // namespace

// ---- figures the seed's section 三 asks to track (approvals, co-construction, the
// collective talks of newly promoted cadres). Each reads "暂无数据" (never 0) when the
// module holding its records has none at all for the scope: a bureau that keeps these
// on paper has no figure, not a zero.

// Approvals (因私出国（境）、兼职、经商办企业): approved requests by the Beijing date of the
// decision, the applicant's current department. Personal matters: counts only.
struct ApprovalFact {
  int64_t id = 0;
  std::string person_name;
  std::string kind, status;
  std::optional<int64_t> decided_at;
  std::optional<int64_t> department;
};
Result<const std::vector<ApprovalFact>*> approval_facts(FigureContext& ctx) {
  struct Cache {
    bool loaded = false;
    std::vector<ApprovalFact> rows;
  };
  auto& c = cached<Cache>(ctx, "approvals");
  if (!c.loaded) {
    QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/approvals")));
    for (const auto& r : rows)
      c.rows.push_back({r.i64("id"), r.text("person_name"), r.text("kind"), r.text("status"), r.opt_i64("decided_at"),
                        r.opt_i64("department_id")});
    c.loaded = true;
  }
  return &c.rows;
}

void register_approvals() {
  struct Kind {
    const char *code, *kind, *zh, *en, *what_zh, *what_en;
  };
  static const Kind kinds[] = {
      {"approvals.trips", "trip", "审批因私出国（境）", "Private trips abroad approved", "因私出国（境）",
       "private trips abroad (incl. Hong Kong, Macao, Taiwan)"},
      {"approvals.side_jobs", "side_job", "审批干部兼职", "Side jobs approved", "兼职", "side jobs"},
      {"approvals.family_business", "family_business", "审批亲属经商办企业", "Relatives' businesses approved",
       "领导干部配偶、子女及其配偶经商办企业", "businesses of relatives of leading cadres"},
  };
  for (const auto& k : kinds) {
    FigureDef d = figure(k.code, "approval", "approvals", k.zh, k.en,
                         fmt::format("本年审批通过的{}申请件数（按审批通过日期，北京时间；不含待审批、退回）。部门按申请人"
                                     "当前所在部门。来源：因私出国（境）、兼职、经商办企业审批。审批模块中本范围尚无任何"
                                     "申请记录时为“暂无数据”。",
                                     k.what_zh),
                         fmt::format("Applications for {} approved in the year (by the Beijing date of approval; "
                                     "pending and returned ones excluded), by the applicant's current department. From "
                                     "the approvals module; \"no data\" while it holds no application for the scope.",
                                     k.what_en),
                         "件", "applications");
    d.permission = "approval.read";
    // The records (applicant, department, decision date) for the same holders of
    // approval.read, who read these applications in the approvals module.
    d.drill_permission = "approval.read";
    const std::string kind = k.kind;
    const std::string what_zh = k.what_zh;
    d.compute = [kind, what_zh](FigureContext& ctx, int year) -> Result<FigureValue> {
      QF_TRY(const std::vector<ApprovalFact>* rows, approval_facts(ctx));
      bool any = false;
      int64_t n = 0;
      std::vector<DrillRow> out;
      for (const auto& r : *rows) {
        if (!ctx.in_scope(r.department)) continue;
        any = true;
        if (r.kind != kind || r.status != "approved" || !r.decided_at) continue;
        const std::string day = auth::beijing_date(*r.decided_at);
        if (day.substr(0, 4) != std::to_string(year) || !in_month(ctx, year, day)) continue;
        ++n;
        if (ctx.want_rows) {
          QF_TRY(std::string dept, dept_name(ctx, r.department));
          out.push_back({fmt::format("申请{}", r.id), fmt::format("{}申请：{}", what_zh, r.person_name), dept, day,
                         "已批准"});
        }
      }
      if (!any)
        return FigureValue::none("暂无数据：审批模块中本范围尚无申请记录",
                                 "No data: the approvals module holds no application for this scope");
      FigureValue v = FigureValue::of(n);
      v.rows = std::move(out);
      return v;
    };
    register_figure(by_month(std::move(d), "按审批通过日期所在月", "by the month approved"));
  }
}

// Co-construction (廉政共建) with partner units: joint trainings and return visits held in
// the year (活动), and integrity notices exchanged (双向通报). Bureau-wide only.
void register_coop() {
  auto coop = [](std::string code, std::string zh, std::string en, std::string def_zh, std::string def_en,
                 std::string unit_zh, std::set<std::string> what) {
    FigureDef d = figure(std::move(code), "coop", "coop", std::move(zh), std::move(en), std::move(def_zh),
                         std::move(def_en), std::move(unit_zh), "times");
    d.permission = "coop.read";
    d.drill_permission = "coop.read";
    d.compute = [what](FigureContext& ctx, int year) -> Result<FigureValue> {
      if (!ctx.departments.empty())
        return FigureValue::none("暂无数据：廉政共建按全局统计，不分部门",
                                 "No data: co-construction is counted for the whole bureau only");
      QF_TRY(auto rows, ctx.conn.query(store::sql(ctx.conn, "annual/coop_activities")));
      bool any = false;
      FigureValue v = FigureValue::of(0);
      for (const auto& r : rows) {
        const std::string w = r.text("what");
        if (!what.count(w)) continue;
        any = true;
        const std::string day = r.text("day");
        if (day.substr(0, 4) != std::to_string(year) || !in_month(ctx, year, day)) continue;
        ++*v.count;
        if (ctx.want_rows) {
          const char* kind = w == "training"  ? "联合培训"
                             : w == "seminar" ? "纪检业务研讨交流"
                             : w == "visit"   ? "回访"
                                              : "双向通报";
          v.rows.push_back({fmt::format("{}-{}", w, r.i64("id")), fmt::format("{}：{}", kind, r.text("title")),
                            r.text("partner"), day, kind});
        }
      }
      if (!any)
        return FigureValue::none("暂无数据：廉政共建模块尚无此类记录",
                                 "No data: the co-construction module holds no such record");
      return v;
    };
    return d;
  };
  register_figure(by_month(
      coop("coop.activities", "开展廉政共建活动", "Co-construction activities",
           "本年与合作单位开展的廉政共建活动次数：廉政教育联合培训、纪检业务研讨交流（按举办日期）与廉洁情况回访（按回访日期）"
           "之和。按全局统计。来源：廉政共建台账。尚无培训、研讨、回访记录时为“暂无数据”。",
           "Joint integrity trainings and discipline-inspection seminars (by date held) and return visits (by date "
           "visited) with partner units in the year. Whole bureau only. From the co-construction ledger; \"no data\" "
           "while it holds none.",
           "次", {"training", "seminar", "visit"}),
      "按培训、研讨、回访日期所在月", "by the month held or visited"));
  register_figure(by_month(
      coop("coop.seminars", "与合作单位开展纪检业务研讨交流", "Discipline-inspection seminars with partner units",
           "本年与合作单位举办的纪检业务研讨交流次数（廉政共建中登记为“纪检业务研讨交流”的活动，按举办日期）。按全局统计。"
           "来源：廉政共建台账。尚无研讨交流记录时为“暂无数据”。",
           "Discipline-inspection seminars held with partner units in the year (co-construction activities of kind "
           "seminar, by date held). Whole bureau only; \"no data\" while none is recorded.",
           "次", {"seminar"}),
      "按举办日期所在月", "by the month held"));
  register_figure(by_month(
      coop("coop.notices", "廉政信息双向通报", "Integrity notices exchanged",
           "本年与合作单位互相通报廉政信息的份数（发出与收到，按通报日期）。按全局统计。来源：廉政共建双向通报。"
           "尚无通报记录时为“暂无数据”。",
           "Integrity notices sent to or received from partner units in the year (by notice date). Whole bureau only; "
           "\"no data\" while none is recorded.",
           "份", {"notice"}),
      "按通报日期所在月", "by the month of the notice"));
}

// The collective integrity talks of newly promoted (or transferred) cadres, as sessions
// (场次): the seed reports them apart from the other talks. Same facts, department rule
// and archive rule as the supervision statistics.
void register_collective_talks() {
  FigureDef d = figure(
      "talks.collective_sessions", "supervision", "talks", "新提拔（转任）干部集体廉政谈话场次",
      "Collective talks for newly promoted cadres (sessions)",
      "本年举行的新提拔（转任）干部集体廉政谈话次数（按谈话日期，不含已归档）；按部门统计时计有本部门谈话对象的谈话。"
      "谈话对象人次见“新提拔（转任）干部集体廉政谈话”（人次）。来源：廉政谈话记录。本范围尚无此类谈话记录时为“暂无数据”。",
      "Collective integrity talks for newly promoted or transferred cadres held in the year (by talk date, archived "
      "ones excluded); by department: talks with a participant of the department. \"No data\" while none is "
      "recorded for the scope.",
      "次", "talks");
  d.permission = "clue.stats";
  d.compute = [](FigureContext& ctx, int year) -> Result<FigureValue> {
    QF_TRY(const ss::SupervisionStats* unused, stats(ctx, year));
    (void)unused;
    const auto& facts = *cached<StatsCache>(ctx, "stats").facts;
    bool any = false;
    int64_t n = 0;
    for (const auto& t : facts.talks) {
      if (t.kind != talks::TalkKind::kCollectiveNewCadre || !talk_in_filter(t.departments, ctx.departments)) continue;
      any = true;
      if (t.talk_date.year() != year) continue;
      if (ctx.month && static_cast<int>(t.talk_date.month()) != *ctx.month) continue;
      ++n;
    }
    if (!any)
      return FigureValue::none("暂无数据：本范围尚无新提拔（转任）干部集体廉政谈话记录",
                               "No data: no collective talk for newly promoted cadres is recorded for this scope");
    return FigureValue::of(n);
  };
  register_figure(by_month(std::move(d), "按谈话日期所在月", "by the month of the talk"));
}

void register_builtin_figures() {
  static std::atomic<bool> done{false};
  if (done.exchange(true)) return;
  register_record_figures();
  register_duty();
  register_inspections();
  register_risk();
  register_supervision();
  register_reports();
  register_declarations();
  register_collective_talks();
  register_approvals();
  register_coop();
}

}  // namespace qf::annual
